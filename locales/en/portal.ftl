# English messages of attach's portal (src/portal) and of its client (src/client).

## Accounts, logins and sessions

portal-password-short = must have at least { $count } characters
portal-password-long = must have at most { $count } bytes
portal-password-control = must not contain control characters
portal-minor-register = does not register: a parent asks for a child's attachment
portal-already-registered = an account for IIN { $iin } already exists
portal-bad-credentials = wrong IIN or password
portal-unknown-role = account { $account } has an unknown role `{ $role }`
portal-account-locked = the account is locked after repeated failed logins until { $until }
portal-not-logged-in = not logged in: run `attach login`
portal-session-expired = the session has expired: run `attach login` again

## Proofs of identity at registration

portal-proof-needed = registration needs a proof of identity: the portal's challenge signed with your authentication certificate, or the one-time code sent to your phone on record
portal-proof-not-registration = the signed document is not a registration proof
portal-proof-other-iin = the proof is for IIN { $proof }, not { $iin }
portal-challenge-spent = the challenge is unknown, expired or used already: ask for a new one
portal-otp-none = no code was sent for this IIN: ask for one with --otp
portal-otp-expired = the code has expired: ask for a new one
portal-otp-too-many = too many wrong codes: ask for a new one
portal-otp-wrong = wrong code ({ $count ->
    [one] { $count } try left
   *[other] { $count } tries left
})

## The certification authority of the portal

portal-minor-certificate = is issued no certificate: a parent asks and signs for a child
portal-serial-not-hex = `{ $serial }` is not hexadecimal
portal-revocation-time = revocation time `{ $at }` of { $serial } is unreadable
portal-no-responder-key = no responder key

## ГБД ФЛ and the directory of clinics

portal-no-head-key = no key for a clinic head
portal-db-date = the portal database holds an unreadable date `{ $text }`
portal-db-region = the portal database holds an unknown region `{ $text }`

## Requests

portal-operator-only = only an operator of the clinic may submit for another person
portal-not-a-request = the payload is not an attachment request
portal-not-the-parent = { $parent } is not the { $relation } of { $child } in ГБД ФЛ: only a parent it links to the child may ask for it
portal-signer-not-you = the applicant or their representative ({ $asking }) and the signer ({ $signer }) must be the person logged in ({ $me })
portal-operator-not-you = the request's operator ({ $operator }) and signer ({ $signer }) must be the operator logged in ({ $me })
portal-payload-not-base64url = payload is not base64url
portal-duplicate-request = request_uuid { $uuid } was submitted before with another payload
portal-not-ready = request { $request } is { $status ->
    [registered] registered
    [in_progress] in progress
   *[other] { $status }
}; the provider decides by { $deadline }

## The portal's services

portal-registry-operators-only = only operators of a clinic may look people up in ГБД ФЛ
portal-nobody-left = ГБД ФЛ holds nobody left without an account and an attachment
portal-not-in-registry = { $iin } is not in ГБД ФЛ
portal-no-key-generated = no key generated
portal-bulk-size = holds { $count } items; a bulk call takes from 1 to { $max }

## Settings

portal-setting = setting `{ $key }`
portal-setting-value = `{ $value }` { $why }
portal-setting-count = is not a whole number of at least 1
portal-setting-threads = is not `auto` or a whole number from 1 to 256
portal-setting-duration = is not a duration like 30s, 15m, 12h
portal-setting-window = is not a duration from 1s to 24h
portal-setting-url = is not an http:// or https:// URL of printable ASCII, without a query
portal-setting-unknown = unknown setting `{ $key }`; known: { $known }

## Limits of the server

portal-retry-in = { $what }; retry in { $seconds } s
portal-too-many-logins = too many logins from this address
portal-too-many-failures = too many failed logins to this IIN
portal-too-many-hashing = too many logins at once
portal-too-many-registrations = too many registrations from this address
portal-too-many-in-flight = too many requests in flight from this address

## Serving the portal

portal-database-gone = the portal's database disappeared
portal-tls-no-key = holds no PKCS#8 key
portal-tls-unusable = not a usable certificate and key: { $why }
portal-cannot-listen = cannot listen on { $address }: { $why }
portal-none = no portal

## Problems of HTTP requests

portal-internal = internal error; the server log has the cause
portal-body-timeout = the request body did not arrive within { $seconds } s
portal-busy = the portal is busy; retry in a moment
portal-no-bearer = no bearer token: log in first
portal-body-too-large = the request body is over { $kib } KiB
portal-request-body = request body
portal-body-unread = could not be read: { $why }
portal-body-not-json = is not the JSON expected: { $why }
portal-bad-cursor = `{ $cursor }` is not a cursor this portal gave
portal-no-route = no such route; GET /openapi.json lists them
portal-wrong-method = this method is not allowed here; GET /openapi.json lists the routes

## The client of a portal over HTTP

client-plain-http = `{ $base }` is plain http:// to a host that is not loopback: passwords and tokens would cross the network in clear; use https://, or --insecure-http if you must
client-not-http = `{ $base }` is not an http:// or https:// URL
client-tls-ca-hint = ; a portal whose certificate comes from a private authority needs --tls-ca ROOT.pem (or ATTACH_TLS_CA)
client-unreachable = the portal at { $base } is unreachable: { $why }{ $hint }
client-no-answer = the portal at { $base } did not answer
client-http-status = the portal at { $base } answered HTTP { $status } ({ $content_type })
client-unexpected-json = the portal at { $base } answered { $path } with unexpected JSON: { $why }
client-miscounted = the portal at { $base } answered { $path } with items that do not match the ones sent
client-root-not-pem = the portal at { $base } sent a root that is not PEM
client-sessions-file = is not a sessions file: { $why }; remove it and log in again
client-not-logged-in = not logged in to { $portal }: run `attach login --iin IIN`
