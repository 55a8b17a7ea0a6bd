# English messages of the ticket as people read it: on the screen (`result`, `verify-ticket`),
# on paper (`ticket render`) and from its QR code. The printed labels are also how a printed
# ticket is read back (`verify-ticket --printed`): each is printed as "Label: value", so no two
# labels of one language may be the same.

help-ticket = Printable tickets: a signed ticket as PDF, HTML or text for a receipt printer
help-ticket-render = Render a signed ticket (or a result holding one) for printing, with a QR code that proves it

## The ticket's fields, on the screen and on paper

ticket-title = Attachment ticket
ticket-subtitle = to a medical organization providing primary health care
ticket-heading = Attachment ticket { $number }
ticket-section-patient = Patient
ticket-section-representative = Legal representative
ticket-section-clinic = Medical organization
ticket-section-request = Request
ticket-section-signer = Issued and signed by
ticket-field-number = Ticket number
ticket-field-issued-at = Issued
ticket-field-patient-name = Full name
ticket-field-patient-iin = Patient's IIN
ticket-field-patient-birth-date = Date of birth
ticket-field-representative-name = Representative
ticket-field-representative-iin = Representative's IIN
ticket-field-representative-relation = Relation to the patient
ticket-field-clinic-name = Organization
ticket-field-clinic-address = Address
ticket-field-clinic-bin = BIN
ticket-field-clinic-id = Directory code
ticket-field-district-number = District
ticket-field-district-doctor = District doctor
ticket-field-attached-from = Attached from
ticket-field-home-visits = Home visits
ticket-field-request-id = Request number
ticket-field-registration-number = Registration number
ticket-field-signer-name = Signed by
ticket-field-signer-position = Position
ticket-field-signer-iin = Signer's IIN
ticket-yes = yes
ticket-no = no
ticket-relation = { $relation ->
    [mother] mother
   *[father] father
}
ticket-signed-with = Signed with the digital signature of { $who } at { $at }; certificate { $serial }.
ticket-qr-caption = This QR code proves the ticket: scan it and check it with `attach verify-ticket --qr TEXT --printed FILE`, or against the portal.
ticket-paper-note = Issued by the state service "Attachment to a medical organization providing primary health care".

## On the screen: the verdict

ticket-screen-signature = Signature
ticket-screen-signer = { $who }, { $at }
ticket-verdict-valid = VALID: ticket { $number } is authentic and in force
ticket-verdict-valid-offline = VALID: ticket { $number } is authentic (offline: nobody was asked whether it is still in force)
ticket-verdict-valid-superseded = AUTHENTIC, NO LONGER IN FORCE: ticket { $number } was replaced by a later attachment
ticket-verdict-invalid = INVALID: ticket { $number }: { $count ->
    [one] the check { $checks } failed
   *[other] the checks { $checks } failed
}
ticket-verdict-incomplete = NOT VERIFIED: ticket { $number }: the portal could not be asked whether it issued it
ticket-superseded-headline = REPLACED: ticket { $number } is no longer in force. It was superseded by ticket { $by }, issued { $at }: the person is no longer attached to { $clinic }.
ticket-superseded-headline-unknown = REPLACED: ticket { $number } is no longer in force: a later attachment superseded it, and the person is no longer attached to { $clinic }.
ticket-column-check = check
ticket-column-ok = ok
ticket-column-detail = detail
ticket-check = { $name ->
    [structure] structure
    [signature] signature
    [chain] chain
    [validity] validity
    [revocation] revocation
    [key_usage] key usage
    [signer] signer
    [payload] payload
    [issued] issued
    [qr] QR code
    [printed] printed fields
   *[other] { $name }
}
ticket-unknown-number = (no number)

## `result`

result-no-request = no request: pass REQUEST_ID or pipe a receipt or status
result-refused = request { $id }: refused ({ $code }): { $message }
result-not-written = cannot write the result as JSON: { $why }

## `verify-ticket`: the input, and the `issued` check

verify-bad-at = `{ $at }` is not sigT, now or an RFC 3339 time
verify-result-without-ticket = has no `ticket`
verify-not-an-object = is not a signed ticket (a JSON object)
verify-not-a-jws = is not a signed ticket (a flattened JWS with protected, payload and signature): { $why }
verify-portal-root = the portal's root is unreadable: { $why }
issued-no-number = the ticket has no number
issued-never = the portal ({ $portal }) never issued ticket { $number }
issued-refused = the portal ({ $portal }) refused to confirm ticket { $number }: { $why }
issued-different = the portal issued a different ticket { $number } (SHA-256 { $issued }, this one { $this })
issued-current = issued by the portal on { $at }; the person's current attachment
issued-superseded = superseded by { $by }, issued { $at }
issued-superseded-unknown = superseded by a later attachment
issued-superseded-allowed = issued by the portal on { $issued }; superseded by { $by }, issued { $at }: authentic, no longer in force
issued-superseded-allowed-unknown = issued by the portal on { $issued }; superseded by a later attachment: authentic, no longer in force
issued-not-checked = not checked: { $why }
issued-not-applicable = not applicable: the portal ({ $portal }) did not issue this ticket's chain; trust rests on `chain`
issued-not-asked = the portal ({ $portal }) could not be asked: { $why }

## The QR code of a printed ticket

qr-not-a-ticket = is not the QR code of a printed ticket: { $why }
qr-why-prefix = it does not start with `{ $prefix }/`
qr-why-parts = it has { $count } parts separated by `/`, not { $expected }
qr-why-number = the ticket number is empty
qr-why-sigt = `{ $sigt }` is not a signing time like 2026-11-25T17:00:00Z
qr-why-count = `{ $count }` is not a number of certificates from 1 to 9
qr-why-serial = `{ $serial }` is not a certificate serial in hexadecimal
qr-why-signature = the signature is not base32
qr-why-digests = the field digests are not base32
qr-image-unreadable = `{ $path }` is not a PNG or JPEG image that can be read: { $why }
qr-image-none = no QR code of a printed ticket in `{ $path }`
qr-too-long-signature = a { $alg } signature ({ $bytes } bytes) does not fit a QR code a phone reads (version 10 at most): print tickets signed with ES256 or EdDSA
qr-too-large = the QR code would need version { $version }; a printed ticket's must be version 10 at most
qr-needs-printed = offline, `--qr` needs the printed fields: pass --printed FILE (the HTML or text rendering, or the PDF's text), or verify against a portal
qr-cert-needed = the signer's certificate (serial { $serial }) is needed: pass --signer-cert FILE (the certificate, then its issuing CA), or verify against a portal
qr-cert-unknown = no certificate with serial { $serial }: neither --signer-cert nor the portal ({ $portal }) holds it
qr-cert-not-held = no certificate with serial { $serial } in --signer-cert or --trust
qr-chain-short = the QR code says the signature names { $count } certificates; only { $found } found from serial { $serial }: add the issuing CA's certificate (chain.pem) to --signer-cert
qr-ok = the portal's ticket { $number } carries this QR code's signature, signing time and signer certificate { $serial }
qr-not-at-portal = the portal ({ $portal }) has no ticket { $number } with this QR code's signature
qr-differs = the QR code gives { $what } `{ $qr }`; the portal's ticket has `{ $ticket }`
qr-what-sigt = the signing time
qr-what-serial = the signer certificate
qr-what-count = the number of certificates
printed-ok = { $count } printed fields are exactly what was signed
printed-number = the printed ticket number `{ $printed }` is not the QR code's `{ $qr }`
printed-differs = the printed { $field } `{ $printed }` is not the signed ticket's `{ $signed }`
printed-differs-digest = the printed { $field } `{ $printed }` is not what was signed
printed-differs-unnamed = a printed field is not what was signed (offline, without the signed ticket, none could be named)
printed-extra-representative = a legal representative is printed, but none was signed
printed-missing-representative = the signed ticket names a legal representative, who is not printed

## Reading a printed ticket back

printed-none = `{ $path }` holds no printed ticket: no line starts with "{ $label }:"
printed-missing = `{ $path }`: the printed ticket lacks "{ $label }:"
printed-twice = `{ $path }`, line { $line }: "{ $label }:" is printed twice (first on line { $first })
printed-representative-partial = `{ $path }`: a legal representative is printed without "{ $label }:"
printed-not-text = `{ $path }` is not text (UTF-8): pass the HTML or text rendering, or the PDF's text (`pdftotext`)

## `ticket render`

render-pdf-to-terminal = a PDF is not for a terminal: pass --out FILE, or redirect standard output
render-unprintable = the ticket's { $field } (`{ $value }`) cannot be printed so that it reads back exactly: its QR code could not prove it
render-header = the ticket's protected header is not in this service's form (JCS, with alg, sigT, typ and x5c only): its QR code could not rebuild it
render-pdf = cannot make the PDF: { $why }
render-too-long = the ticket does not fit one { $paper } page
render-number = ticket number `{ $number }` cannot name a file
batch-render-failed = cannot render the ticket of line { $line }: { $why }
