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
