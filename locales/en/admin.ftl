# English messages of attach's administration: lists, batches, smoke, the portal's commands.
# The keys and placeholders are the same in every language (a test checks).

## Table columns

col-line = line
col-iin = IIN
col-outcome = outcome
col-code = code
col-why = why
col-rows = rows
col-seconds = seconds
col-rows-per-second = rows/s

## Batch files

csv-where = { $file }, line { $line }
csv-not-utf8 = field { $field } is not UTF-8: the file is read no further (a file saved in windows-1251 needs --encoding windows-1251; or save it as "CSV UTF-8")
csv-unreadable = cannot be read: { $why }
csv-not-csv = is not CSV
csv-open-quote = a quoted field runs over lines { $line } to { $last }: a `"` is not closed, and the rows in those lines are not read
csv-line-too-long = line { $line } is longer than { $kib } KiB; the file is read no further
csv-no-iin-column = the header has no `iin` column (it has: { $columns })
excel-iin-scientific = `{ $iin }` is an IIN that Excel turned into a number in scientific notation: its last digits are lost and cannot be recovered; format the column as Text and enter the IINs again
excel-iin-leading-zero = `{ $iin }` has 11 digits: Excel dropped the leading zero of `{ $suggested }`; format the column as Text (or write ="{ $suggested }")
batch-not-logged-in = not logged in
batch-iin-too-long = is { $count } characters long: an IIN has 12 digits
batch-no-org = the row names no clinic and --org gives none
batch-bad-reason = `{ $reason }` is not one of first_attachment, free_choice, change_of_residence, org_closed
batch-other-clinic = an operator of { $own } cannot submit for { $org }
batch-not-decided = request { $request } is not decided yet
batch-needs-key = a batch that submits needs the operator's key and certificate
batch-jobs-zero = 0 workers would do nothing: --jobs takes 1 or more
batch-jobs-not-a-number = `{ $value }` is not a number of workers
batch-bad-encoding = `{ $encoding }` is not utf-8 or windows-1251
batch-bad-delimiter = `{ $delimiter }` cannot separate fields
batch-operators-only = a batch is submitted by an operator of a clinic
batch-key-required = is required unless --dry-run
batch-progress = { $pos }/{ $len } rows  { $rate }  { $elapsed } elapsed, ETA { $eta }
batch-rate = { $rate }/s
batch-read-as-cp1251 = attach: note: `{ $file }` is not UTF-8; it was read as windows-1251 (--encoding says which, and stops this guess)
batch-stopped = attach: batch stopped after { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}; the journal keeps what was sent: run the same command again
batch-stdout-closed = attach: batch stopped after { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}: standard output was closed; the journal keeps what was sent: run the same command again to finish
batch-interrupted = attach: batch interrupted after { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}; the journal keeps what was sent: run the same command again to finish
batch-outcome = { $outcome ->
    [attached] attached
    [refused] refused
    [submitted] submitted
    [valid] valid
   *[error] error
}
batch-more-failures = … and { $count ->
    [one] { $count } more row
   *[other] { $count } more rows
} that did not succeed
batch-see-out = attach: note: every row's outcome, one JSON line each: run with --out FILE (or -o json)
batch-see-out-file = attach: note: every row's outcome is in `{ $file }`, one JSON line each
journal-unusable = cannot be used as a batch journal: { $why }
journal-foreign = is another database, not a batch journal
journal-unreadable = { $what } is unreadable: { $why }
journal-signed-request = a signed request
journal-outcome = an outcome
journal-other-content = { $uuid } would be journaled again with other content

## Standard input and JSON Lines

stdin = standard input
stdin-line = standard input, line { $line }
input-unreadable = cannot be read: { $why }
input-too-large = holds more than { $kib } KiB; a signed document is under 64 KiB
input-one-document = holds several JSON lines; this command takes one document
input-no-request-id = has no `request_id`: pipe a receipt, status or result, or pass REQUEST_ID
input-empty = is empty; expected a JSON document
input-not-json = is not JSON: { $why }
input-no-password = standard input holds no password
input-password-none = none given, and no terminal to ask for one: use --password-stdin or ATTACH_PASSWORD
io-prompt-password = cannot ask for the password at the terminal
password-no-terminal-key = no password for the key, and no terminal to ask for one: set ATTACH_KEY_PASSWORD
input-earlier-stage-failed = an earlier stage failed
result-out-one = --out keeps one result: pipe one receipt, or leave --out out for JSON Lines
result-render-out-one = --render-out keeps one ticket: pipe one receipt, or render each with `attach ticket render`

## Status and lists of requests

col-request = request
col-registration = registration
col-service = service
col-status = status
col-deadline = deadline
request-state = { $state ->
    [submitted] submitted
    [registered] registered
    [completed] completed
    [refused] refused
   *[other] { $state }
}
status-bad-limit = `{ $value }` is not a number of requests (1 or more) or `all`
status-bad-duration = `{ $value }` is not a duration like 30s or 2m
status-bad-since = `{ $value }` is not a time (RFC 3339), a day (YYYY-MM-DD) or a duration ago (30m, 12h, 7d)
status-filters-need-no-subject = --limit, --state, --since, --iin and --org narrow the list of requests: give no REQUEST_ID with them
status-wait-needs-request = needs a request: pass REQUEST_ID or pipe a receipt
status-still-open = request { $request } is still { $state } after { $seconds }s; the provider decides by { $deadline }
status-more = attach: note: the newest { $shown } shown; --limit N or --limit all for more
list-other-clinic = an operator of { $own } sees the requests of { $own } only, not of { $org }
list-bad-state = `{ $state }` is not a state of a request (submitted, registered, completed, refused)
list-bad-since = `{ $since }` is not an RFC 3339 time
list-bad-cursor = `{ $cursor }` is not a cursor this portal gave

## attach me

help-me = Who the session is: the person, the role, the clinic and until when
me-field = field
me-value = value
me-portal = portal
me-name = name
me-role = role
me-role-value = { $role ->
    [citizen] citizen
    [operator] operator of a clinic
   *[other] { $role }
}
me-clinic = clinic
me-attachment = attached to
me-attached = { $org }, district { $district }
me-not-attached = not attached
me-expires = session until

## -v and -vv

verbose-exchange = { $method } { $url } → { $answer } in { $ms } ms
verbose-retry = , attempt { $attempt }
verbose-timings = ; headers { $headers } ms, body { $body } ms
verbose-stage = { $stage }: { $ms } ms since the start
stage-backend = portal ready
stage-session = session read
stage-done = done

## Examples in --help and the man pages: comments in the language, then the commands

help-examples = Examples:
help-portal-staff-list = Operator accounts, with their clinics
help-portal-staff-remove = Remove an operator account and end its sessions
help-portal-accounts = Accounts on the portal: list, unlock, reset a password
help-portal-accounts-list = Every account: role, clinic, registration, lockout
help-portal-accounts-unlock = Unlock an account locked after failed logins
help-portal-accounts-reset-password = Set a new password and end the account's sessions
help-portal-orgs = Clinics of the directory: capacity, open or closed
help-portal-orgs-set = Set a clinic's capacity, or open or close it
examples-register =
    # Have a one-time code sent to the phone on record, then register with it
    attach register --iin 900101300453 --otp
    attach register --iin 900101300453 --otp 123456 --phone +77012345678
    # Prove who you are with the authentication certificate's key
    attach register --iin 900101300453 --key auth/key.pem --email me@example.kz
examples-login =
    # Log in; the password is asked at the terminal
    attach login --iin 900101300453
    # In a script: the password on standard input
    printf '%s\n' "$PASSWORD" | attach login --iin 900101300453 --password-stdin
examples-logout =
    # End the session, here and on the portal
    attach logout
    attach --portal https://portal.example.kz logout
examples-me =
    # Who is logged in, and until when
    attach me
    # The clinic of the operator logged in
    attach me -o json | jq -r .org
examples-orgs =
    # The clinics of a region
    attach orgs --region Актау
    # Search by name, address or BIN
    attach orgs --search "поликлиника 3" -o json
examples-request =
    # A first attachment, to sign next
    attach request --org MNG-0001 --reason first_attachment > request.json
    # For a child of yours
    attach request --org MNG-0002 --child 150505600018 --phone +77012345678
examples-sign =
    # Sign a request with your key
    attach sign --key me/key.pem request.json > signed.json
    # The whole journey in one pipe
    attach request --org MNG-0001 | attach sign --key me/key.pem | attach submit | attach status --wait
examples-submit =
    # Submit a signed request; prints the receipt
    attach submit signed.json
    # Sign and submit
    attach sign --key me/key.pem request.json | attach submit
examples-status =
    # The newest requests of the session
    attach status
    # This week's refusals, as JSON Lines
    attach status --state refused --since 7d -o json
    # Wait for the decision on a request just submitted
    attach submit signed.json | attach status --wait --timeout 5m
examples-result =
    # The ticket of a completed request, kept in a file
    attach result R-000001 --out ticket.json
    # The results of every completed request
    attach status --state completed | attach result
examples-verify-ticket =
    # Verify a ticket, and ask the portal whether it issued it
    attach verify-ticket ticket.json
    # Offline, at the time it was signed
    attach verify-ticket --offline --at sigT --trust root.pem ticket.json
examples-ticket =
    # The ticket of a request as a PDF to print, in Kazakh
    attach --lang kk ticket render ticket.json --format pdf --out ticket.pdf
    # For a receipt printer
    attach result R-000001 | attach ticket render --format text
examples-ticket-render =
    # An A5 PDF, in Russian
    attach ticket render ticket.json --format pdf --paper a5 --out ticket.pdf
    # One self-contained HTML page
    attach ticket render ticket.json --format html --out ticket.html
    # For a receipt printer, 48 columns
    attach result R-000001 | attach ticket render --format text
examples-batch =
    # Check the file first, then submit and wait for the decisions
    attach batch people.csv --key clinic/key.pem --dry-run
    attach batch people.csv --key clinic/key.pem --wait --out out.jsonl
    # A file Excel saved in windows-1251, from standard input
    attach batch - --key clinic/key.pem --encoding windows-1251 < people.csv
examples-smoke =
    # The whole journey against the local portal
    attach smoke
    # In CI, with a JUnit report
    attach smoke --portal http://127.0.0.1:8080 --junit smoke.xml
examples-iin =
    # Check an IIN: validity, birth date and sex
    attach iin 900101300453
    # Several at once, as JSON Lines
    attach iin 900101300453 061211600012 -o json
examples-cert =
    # Whose certificate, and is it valid today
    attach cert info me/cert.pem
    attach cert verify me/cert.pem --chain me/chain.pem
examples-cert-info =
    # Whose certificate, for what
    attach cert info me/cert.pem
    # The certificate in a PKCS#12 file
    ATTACH_KEY_PASSWORD=secret attach cert info me/key.p12
examples-cert-verify =
    # Path and revocation, with the CRL
    attach cert verify me/cert.pem --chain me/chain.pem --trust root.pem --crl crl.pem
    # Asking the OCSP responder
    attach cert verify me/cert.pem --chain me/chain.pem --ocsp
examples-cert-ocsp =
    # Read a saved OCSP response
    attach cert ocsp response.der --trust chain.pem
examples-completions =
    # Completions for bash and zsh
    attach completions bash > ~/.local/share/bash-completion/completions/attach
    attach completions zsh > ~/.zfunc/_attach
examples-man =
    # One page for each command, where man finds them
    attach man --dir ~/.local/share/man/man1
    # Read the main page at once
    attach man | man -l -
examples-portal =
    # A local portal, served on loopback
    attach portal init
    attach portal serve --listen 127.0.0.1:8080
examples-portal-init =
    # A portal with ten thousand synthetic residents
    attach portal init --people 10000 --seed 7
    # Start afresh (refused while the home is served)
    attach portal init --force
examples-portal-serve =
    # Serve on loopback
    attach portal serve --listen 127.0.0.1:8080
    # For a CI job: test identities, on loopback only
    attach portal serve --listen 127.0.0.1:0 --allow-test-identities
    # HTTPS on every interface
    attach portal serve --listen 0.0.0.0:8443 --tls-cert tls/cert.pem --tls-key tls/key.pem
examples-portal-people =
    # Ten adults attached nowhere
    attach portal people --limit 10 --unattached --adults
    # The living attached to a clinic
    attach portal people --attached-to MNG-0001 --living -o json
examples-portal-outbox =
    # The one-time codes the portal sent
    attach portal outbox
examples-portal-stats =
    # Requests by status, decided within the deadline, refusals
    attach portal stats
    attach portal stats -o json
examples-portal-settings =
    # Show the settings, then change one
    attach portal settings
    attach portal settings session_idle 30m
examples-portal-staff =
    # Operators of clinics
    attach portal staff list
    attach portal staff add --org MNG-0001 --iin 750315400123
examples-portal-staff-add =
    # An operator of MNG-0001; the password on standard input
    attach portal staff add --org MNG-0001 --iin 750315400123 --password-stdin < password.txt
examples-portal-staff-list =
    # Every operator, or those of one clinic
    attach portal staff list
    attach portal staff list --org MNG-0001
examples-portal-staff-remove =
    # An operator leaves: the account and its sessions end
    attach portal staff remove --iin 750315400123
examples-portal-accounts =
    # Locked accounts, and unlocking one
    attach portal accounts list --locked
    attach portal accounts unlock --iin 900101300453
examples-portal-accounts-list =
    # Every account, or the locked ones
    attach portal accounts list
    attach portal accounts list --locked -o json
examples-portal-accounts-unlock =
    # Forget the failed logins that locked an account
    attach portal accounts unlock --iin 900101300453
examples-portal-accounts-reset-password =
    # A new password, asked at the terminal; the sessions end
    attach portal accounts reset-password --iin 900101300453
    # In a script
    attach portal accounts reset-password --iin 900101300453 --password-stdin < password.txt
examples-portal-orgs =
    # Give a clinic room, or close it
    attach portal orgs set MNG-0001 capacity 5000
    attach portal orgs set MNG-0004 closed
examples-portal-orgs-set =
    # Room for 5,000 more, then open again
    attach portal orgs set MNG-0001 capacity 5000
    attach portal orgs set MNG-0004 open
examples-portal-nca =
    # The trust anchor and a fresh CRL, for verifiers
    attach portal nca ca > root.pem
    attach portal nca crl > crl.pem
examples-portal-nca-issue =
    # A citizen's signing key and certificate
    attach portal nca issue --iin 900101300453 --out me
    # An operator's, with the clinic's BIN, valid 30 days, also as PKCS#12
    attach portal nca issue --iin 750315400123 --org MNG-0001 --role employee --valid-days 30 --p12 --out clinic
    # An authentication certificate with an Ed25519 key
    attach portal nca issue --iin 900101300453 --auth --key-type ed25519 --out auth
examples-portal-nca-issue-server =
    # A TLS certificate for portal serve
    attach portal nca issue-server --dns portal.example.kz --ip 10.0.0.5 --out tls
examples-portal-nca-revoke =
    # Revoke by file or by serial
    attach portal nca revoke --cert me/cert.pem
    attach portal nca revoke --serial 1f2e3d
examples-portal-nca-crl =
    # A fresh CRL for offline checks
    attach portal nca crl > crl.pem
examples-portal-nca-ca =
    # The root certificate, to trust
    attach portal nca ca > root.pem

man-written = { $count ->
    [one] one page written to { $dir }
   *[other] { $count } pages written to { $dir }
}

## portal accounts, staff and orgs

thing-account = account
thing-operator = operator account
col-role = role
col-clinic = clinic
col-registered = registered
col-locked-until = locked until
col-failures = failed logins
col-sessions = sessions
admin-new-password = New password:
admin-unlocked = { $iin } is unlocked: its failed logins are forgotten
admin-password-reset = { $iin } has a new password; { $sessions ->
    [0] no session was open
    [one] its one session ended
   *[other] its { $sessions } sessions ended
}
admin-operator-removed = { $iin } is no longer an operator; { $sessions ->
    [0] no session was open
    [one] its one session ended
   *[other] its { $sessions } sessions ended
}
admin-bad-capacity = `{ $value }` is not a number of people
admin-bad-org-change = `{ $given }`: say `capacity N`, `open` or `closed`
admin-org-open = open
admin-org-closed = closed
admin-org-set = { $org }: capacity { $capacity }, { $attached } attached, { $state }

## Table headers and cells

col-full-name = full name
col-born = born
col-sex = sex
col-region = region
col-address = address
col-attached-to = attached to
col-living = living
cell-attached-since = { $org } since { $since }
cell-deceased = deceased
cell-living = living
col-time = time
col-to = to
col-text = text
col-setting = setting
col-value = value
col-meaning = meaning
col-id = id
col-name = name
col-attached = attached
col-state = state
col-valid = valid
col-birth-date = birth date
col-error = error

## Guards

serve-test-identities-off-loopback = `{ $listen }` is not a loopback address: anyone who reaches it could mint people and certificates; serve test identities on 127.0.0.1, or add --i-know-this-is-not-production
serve-plain-http-off-loopback = serving plain HTTP on `{ $listen }`, which is not loopback: passwords and session tokens cross the network in clear; give --tls-cert and --tls-key
home-in-use = `{ $home }` is in use by another process (`portal serve`, a batch, a command still running): stop it before replacing the portal
io-home-lock = cannot lock the home's portal

## attach smoke

col-step = step
col-ok = ok
col-ms = ms
col-detail = detail
smoke-works = smoke: the whole journey works
smoke-failed = smoke: FAILED
smoke-step-failed = smoke: step `{ $step }` failed: { $problem }
smoke-not-run = not run: an earlier step failed

## Hints of the HTTP client

http-not-our-root = ; its certificate chains neither to the root of --tls-ca `{ $root }` nor to a public one
http-through-proxy = { " " }through the proxy { $proxy } (ALL_PROXY, HTTPS_PROXY or HTTP_PROXY)

## attach smoke's steps

smoke-nobody-left = ГБД ФЛ holds nobody left without an account and an attachment
smoke-init-embedded = portal in { $home }; citizen { $iin } for { $org }
smoke-init-remote = portal { $portal } with root `{ $root }`
smoke-identity-file = is not {"{"}"iin": …{"}"}: { $why }
smoke-registered = { $iin } registered with an authentication certificate
smoke-identity-password = the identity's password comes from ATTACH_PASSWORD, which is not set
smoke-registered-before = { $iin } from { $dir } (registered before)
smoke-no-test-identities = the portal offers no test identities (it was not started with --allow-test-identities); pass --identity DIR with a registered citizen's key and certificate
smoke-test-identity = test identity { $iin } registered by the portal
smoke-test-identity-key = the test identity's key: { $why }
smoke-no-certificate = no certificate for the identity
smoke-certificate = serial { $serial } for { $holder }
smoke-logged-in = { $iin } as { $role }
smoke-no-clinic = no open clinic with room in { $region }
smoke-request = { $reason } to { $org }
smoke-signed = { $alg } over the JCS form, { $checks } checks passed
smoke-submitted = { $request } registered as { $registration }
smoke-decided = { $request } { $state }
smoke-still-open = { $request } still { $state } after 2m
smoke-ticket-received = attached: ticket received
smoke-verified = valid: { $checks } checks passed, ticket { $ticket }
smoke-identity-remote = is for a remote portal (--portal URL)
smoke-step = { $step ->
    [init] init
    [register] register
    [certificate] certificate
    [login] login
    [request] request
    [sign] sign
    [submit] submit
    [wait] wait
    [result] result
    [verify] verify
   *[other] { $step }
}
