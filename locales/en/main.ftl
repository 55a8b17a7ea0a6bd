# English messages of attach. One message per thing a person reads; the keys and the
# placeholders ({ $name }) are the same in every catalogue (a test checks).

batch-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}

## Errors (the message of each kind of failure)

err-read = cannot read `{ $path }`: { $why }
err-write = cannot write `{ $path }`: { $why }
err-io = { $what }: { $why }
err-invalid-iin = invalid IIN `{ $iin }`: { $why }
err-invalid-bin = invalid BIN `{ $bin }`: { $why }
err-refused = signature refused ({ $check }): { $detail }
err-no-trust-anchor = no trust anchor: pass --trust ROOT.pem, --portal URL, or use a home that holds an embedded portal
err-not-found = { $what } not found: { $key }
err-home-exists = `{ $home }` already holds a portal; `--force` replaces it and mints a new certification authority
err-database = portal database `{ $path }`: { $why }
err-read-only-home = `{ $home }` is read-only: { $why }
err-authority = certification authority: { $detail }
err-service-refused = refused ({ $code }): { $message }
error-prefix = error
warning-prefix = warning
note-prefix = note

read-only-upgrade = its portal's database must be upgraded to this version of attach first
read-only-write = this command needs to write to its portal

thing-request = request
thing-ticket = ticket
thing-clinic = clinic
thing-certificate = certificate of this authority
thing-person = person in ГБД ФЛ

io-not-found = no such file or directory
io-permission-denied = permission denied
io-already-exists = it exists already
io-is-a-directory = it is a directory
io-not-a-directory = a part of the path is not a directory
io-read-only = the file system is read-only
io-storage-full = no space left on the device
io-broken-pipe = the reader has gone
io-read-password = cannot read the password from standard input
io-ctrl-c = cannot handle Ctrl-C
io-man-page = cannot render the man page
io-write-stdout = cannot write to standard output
io-server-runtime = cannot start the server runtime
io-listening-address = cannot read the listening address
io-checkpoint-thread = cannot start the checkpoint thread

## Identification numbers

iin-length = must be 12 digits, got { $count } characters
iin-not-digit = must contain only digits, found `{ $found }`
iin-century = the 7th digit `{ $digit }` is not a century-and-sex digit (1 to 6)
iin-date = digits 1-6 `{ $digits }` are not a calendar date
iin-future = birth date { $date } is in the future
iin-check-digit = check digit is { $found }, expected { $expected }
iin-no-check-digit = no check digit exists for the first 11 digits (both weightings give 10)

## Certificates, as people read them

none = (none)
cert-no-cn = (no common name)
cert-describe-iin = { $cn } (IIN { $iin }, serial { $serial })
cert-describe = { $cn } (serial { $serial })
key-unsupported = an unsupported
role = { $role ->
    [individual] an individual
    [head] the first head
    [signer] a person with the right of signature
    [employee] an employee
   *[other] someone without a role
}
relation = { $relation ->
    [mother] mother
   *[father] father
}

## A signature's checks: what each one found

jws-not-base64url = `{ $part }` is not base64url
jws-header-not-json = protected header is not a JSON object with unique members: { $why }
jws-header-member = protected header member `{ $name }` is not allowed
jws-alg = alg `{ $alg }` is not accepted (ES256, EdDSA or RS256 only)
jws-typ-unknown = typ `{ $typ }` is not a known document type
jws-typ-expected = typ `{ $typ }`, expected `{ $expected }`
jws-x5c-missing = x5c is missing or empty
jws-x5c-base64 = x5c[{ $index }] is not base64
jws-sigt = sigT is missing or not an RFC 3339 UTC time like 2026-11-25T17:00:00Z
check-structure-ok = { $alg } { $typ }, { $count ->
    [one] { $count } certificate
   *[other] { $count } certificates
} in x5c
check-no-crl = no CRL available: pass --crl, or verify against a portal
check-chain-ok = { $count ->
    [one] { $count } certificate
   *[other] { $count } certificates
} to the trusted `{ $anchor }`
check-key-usage-auth = digitalSignature and clientAuth: an authentication certificate
check-key-usage-signing = digitalSignature and nonRepudiation: a signing certificate
check-signer-unread = not checked: the payload is not a readable document (see `payload`)
check-payload-ok = a well-formed { $kind } in JCS form
check-signature-alg = alg { $alg } does not fit the signer's { $key } key
check-signature-ok = { $alg } signature by { $signer }
check-signature-bad = the { $alg } signature does not match the signed bytes and the key of { $signer }
check-stale-signing-time = sigT { $sigt } is more than { $window } from the portal's clock, { $now }
check-validity-ok = { $count ->
    [one] { $count } certificate
   *[other] { $count } certificates
} valid at { $at }
revocation-by = , answered by `{ $responder }`
revocation-crl-after-ocsp = CRL (OCSP unreachable: { $why })
revocation-after = { $source }: revoked at { $revoked }, after { $at }: not revoked at that time{ $by }
revocation-no-next-update = none
revocation-ocsp-good = OCSP: good, thisUpdate { $this }, nextUpdate { $next }{ $by }
revocation-crl-unreachable-ocsp = CRL: not listed (OCSP unreachable: { $why }), thisUpdate { $this }, nextUpdate { $next }
revocation-crl-not-listed = CRL: not listed, thisUpdate { $this }, nextUpdate { $next }
payload-not-json = the payload is not JSON with unique members: { $why }
payload-not-jcs = the payload is not in JCS (RFC 8785) canonical form
payload-kind = a { $kind } under typ `{ $typ }`
payload-after-signing = `{ $name }` { $stamp } is after the signing time { $sigt }
signer-minor = the signer { $iin } is under 18: a parent signs for a child
signer-child-alone = the applicant { $applicant } is under 18: a parent asks for a child, named as representative
minor-refused = { $iin } is under 18 and { $refused }
minor-needs-representative = { $iin } is under 18: name the parent filing for the child as representative (ГБД ФЛ links: { $parents })
minor-no-links = none
adult-needs-no-representative = { $iin } is of age and needs none
signer-adult-represented = the applicant { $applicant } is of age and asks alone; { $representative } is no representative of theirs
signer-not-operator = signer IIN { $iin } is not the operator's { $operator }
signer-needs-employee = a provider-channel request needs an employee certificate of the clinic
signer-bin-not-clinic = signer BIN { $bin } is not the clinic's { $clinic }
signer-operator-ok = operator { $iin } of BIN { $bin }
signer-not-representative = signer IIN { $iin } is not the representative's { $representative }
signer-representative-ok = the { relation } { $iin }, for the child { $child }
signer-not-applicant = signer IIN { $iin } is not the applicant's { $applicant }
signer-applicant-ok = the applicant { $iin }
signer-not-clinic = signer BIN { $bin } is not the ticket's clinic BIN { $clinic }
signer-citizen-for-clinic = a citizen's certificate signed for the ticket's clinic BIN { $clinic }
signer-role = the signer is { role }: a ticket needs the first head or the right of signature
signer-not-ticket-signer = signer IIN { $iin } is not the ticket's signer { $signer }
signer-ticket-ok = { role } of BIN { $bin }, IIN { $iin }
signer-not-registering = signer IIN { $iin } is not the IIN being registered, { $registering }
signer-registering-ok = the person registering, { $iin }

## Help: what each command is for

help-exit-codes =
    Exit codes:
      0  success (verify-ticket: the ticket is valid)
      1  unexpected failure (I/O, internal)
      2  usage or input error: bad flags, malformed JSON or CSV, invalid IIN, no trust anchor,
         a conflicting resubmission
      3  authentication or authorization refused
      4  signature or certificate refused by sign or submit
      5  service refused by the provider
      6  not found: unknown request, clinic or certificate, person absent from the registry
      7  verify-ticket, cert verify, cert ocsp: a check failed
      8  not ready: no result yet, or status --wait timed out
      9  portal unreachable, overloaded or transport failure (worth retrying)
      10 batch finished, and some rows failed

help-attach = Drive the e-government service "Attachment to a primary health care clinic" from a shell
help-register = Register on the portal (the person must be in ГБД ФЛ)
help-login = Log in; the session is kept in the home
help-logout = End the session
help-orgs = The directory of clinics
help-request = Fill an attachment request (printed as JSON, for `attach sign`)
help-sign = Sign a request or ticket document (JWS over its JCS form)
help-submit = Submit a signed request; prints the receipt
help-status = A request's status, or every request of the session
help-result = The ticket of a completed request, or the reasoned refusal
help-verify-ticket = Verify a signed attachment ticket
help-batch = Submit for every row of a CSV file, as an operator (journaled: exactly once)
help-smoke = The whole journey for a fresh synthetic citizen, step by step
help-iin = Check identification numbers: validity, birth date and sex
help-cert = Certificates of the national authority: who, for what, valid, revoked (OCSP, CRL)
help-cert-info = Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`)
help-cert-verify = Path validation and revocation of a certificate, each check named: exit 0 or 7
help-cert-ocsp = Read a saved OCSP response (DER) and check its signature and responder
help-completions = Print a shell completion script
help-man = Print the man page (roff)
help-portal = Administer the local (embedded) portal in the home
help-portal-init = Create the local portal's state: certification authority, ГБД ФЛ, clinics; refuses an existing one without --force
help-portal-serve = Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM
help-portal-people = The seeded state database of individuals (ГБД ФЛ)
help-portal-outbox = The messages the portal "sent" to phones on record: one-time codes for registration
help-portal-stats = Quality indicators: requests by status, decided within the deadline, refusals
help-portal-settings = Show the portal's settings, or change one: `attach portal settings KEY VALUE`
help-portal-staff = Operator accounts of clinics
help-portal-staff-add = Create (or reset) an operator account tied to one clinic
help-portal-nca = The certification authority (НУЦ): issue, revoke, CRL, root
help-portal-nca-issue = Issue a personal or employee certificate (and its key) into --out DIR
help-portal-nca-issue-server = Issue a TLS server certificate for `portal serve`
help-portal-nca-revoke = Revoke a certificate this authority issued
help-portal-nca-crl = Print a freshly signed CRL (PEM)
help-portal-nca-ca = Print the root certificate (PEM): the trust anchor

## The provider's refusals: the facts behind each

region = { $region ->
    [aktau] Актау
    [zhanaozen] Жанаозен
    [beineu] Бейнеуский район
    [karakiya] Каракиянский район
    [mangistau] Мангистауский район
    [munaily] Мунайлинский район
   *[tupkaragan] Тупкараганский район
}
refusal-not-in-registry = the applicant is not in ГБД ФЛ
refusal-deceased = the applicant is recorded as deceased in ГБД ФЛ
refusal-no-clinic = the requested clinic is not in the register
refusal-clinic-closed = clinic `{ $clinic }` is closed
refusal-already-attached = the applicant is already attached to clinic `{ $clinic }` since { $since }
refusal-residence-out-of-region = the new residence is in { $lives } ({ $whence ->
    [address] the request's address
   *[registry] ГБД ФЛ
}) and clinic `{ $clinic }` is in { $clinic_region }; a change of residence attaches to a clinic of the region one lives in
refusal-free-choice-out-of-region = the applicant lives in { $lives } and clinic `{ $clinic }` is in { $clinic_region }; free choice is limited to clinics of one's own region
refusal-too-frequent = the last change by free choice was on { $last }; the next is allowed from { $allowed }
refusal-no-capacity = no district of clinic `{ $clinic }` has a free place
refusal-name-differs = the request names the applicant `{ $name }` but ГБД ФЛ has `{ $registry_name }`
refusal-birth-date-differs = the request gives birth date { $birth_date } but ГБД ФЛ has { $registry_birth_date }
refusal-name-and-birth-date-differ = the request names the applicant `{ $name }`, born { $birth_date }, but ГБД ФЛ has `{ $registry_name }`, born { $registry_birth_date }
refusal-first-but-attached = the reason is a first attachment but the applicant is attached to clinic `{ $current }`
refusal-closed-but-unattached = the reason is that the clinic closed but the applicant is not attached to any clinic
refusal-closed-but-open = the reason is that the clinic closed but clinic `{ $current }`, where the applicant is attached, is open

## The fields of the service: why a value does not fit

field-phone = `{ $value }` is not a phone number like +77012345678
field-phone-e164 = `{ $value }` must be written in E.164 in a document: { $e164 }
field-email = `{ $value }` is not an e-mail address
field-address = must be 1 to { $max } characters of text: { $why }
field-residence = `{ $value }` names no locality of the Mangistau region (a city, a district or its village: { $regions })
field-name = must be a name of 1 to { $max } characters: { $why }
field-org-id = `{ $value }` is not a clinic id like MNG-0001
field-identifier = `{ $value }` is not an identifier (1 to 64 printable ASCII characters)
field-uuid = `{ $value }` is not a UUID
field-empty = it is empty
field-too-long = it has { $count ->
    [one] { $count } character
   *[other] { $count } characters
}
field-hidden-character = it holds a control or invisible formatting character
region-unknown = `{ $value }` is not a region of Mangistau; one of: { $regions }

## Signed documents: what makes one unreadable

doc-no-type = has no string member `type`
doc-type = type `{ $kind }` is neither `{ $request }` nor `{ $ticket }`
doc-version = version { $version } is not supported (1 is)
doc-stamp = `{ $name }` is not an RFC 3339 time
doc-field = `{ $name }`: { $why }
doc-own-representative = the applicant cannot be their own representative
doc-provider-needs-operator = channel `provider` needs `operator`
doc-portal-no-operator = channel `portal` has no `operator`

## The calendar of working days (a file of decrees)

calendar-json = bad JSON in the calendar: { $why }
calendar-date = bad date `{ $value }` in `{ $field }`: expected YYYY-MM-DD
calendar-conflict = `{ $date }` is in both `days_off` and `working_days`
calendar-not-object = the calendar is not a JSON object

## Words of every screen

yes = yes
no = NO
check = { $name ->
    [structure] structure
    [signature] signature
    [chain] chain
    [validity] validity
    [revocation] revocation
    [key_usage] key usage
    [signer] signer
    [payload] payload
    [issued] issued
   *[other] { $name }
}

## The home, the request, signing and trust

home-shared = a shared directory cannot be a home
home-made-private = the home `{ $home }` was writable by others (mode { $mode }); it is now 0700
home-not-private = `{ $home }` is writable by others (mode { $mode }) and cannot be made private: { $why }
home-none = no home directory: set HOME, XDG_DATA_HOME, ATTACH_HOME or --home
random-failed = the system random generator failed
request-not-your-child = ГБД ФЛ links no child { $child } under 18 to you ({ $me }); your children: { $children }
request-for-needs-operator = --for is for operators of a clinic; a citizen requests for themselves
request-other-clinic = an operator of { $mine } cannot submit for { $org }
request-no-clinic = an operator of no clinic cannot submit for { $org }
sign-password-prompt = Password of the PKCS#12 key:
sign-no-password = no password: set ATTACH_KEY_PASSWORD or run at a terminal ({ $why })
sign-cert-required = is required unless --key is a PKCS#12 file
sign-key-mismatch = the key `{ $key }` does not match the certificate of { $cert }
sign-registration-by-hand = a registration proof is not signed by hand: `attach register --key` signs the portal's challenge
trust-crl-unusable = the CRL `{ $path }` is unusable: { $why }
trust-portal-root = the root from { $portal }: { $why }
trust-no-crl = no CRL from { $portal }: { $why }
submit-not-object = is not a signed request (a JSON object)
submit-not-jws = is not a signed request (a flattened JWS from `attach sign`): { $why }

json-duplicate = the member `{ $name }` appears twice in the object at `{ $pointer }`
