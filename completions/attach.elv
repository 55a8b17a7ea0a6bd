
use builtin;
use str;

set edit:completion:arg-completer[attach] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'attach'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'attach'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand register 'Register on the portal (the person must be in ГБД ФЛ)'
            cand login 'Log in; the session is kept in the home'
            cand logout 'End the session'
            cand me 'Who the session is: the person, the role, the clinic and until when'
            cand whoami 'Who the session is: the person, the role, the clinic and until when'
            cand orgs 'The directory of clinics'
            cand request 'Fill an attachment request (printed as JSON, for `attach sign`)'
            cand sign 'Sign a request or ticket document (JWS over its JCS form)'
            cand submit 'Submit a signed request; prints the receipt'
            cand status 'A request''s status, or every request of the session'
            cand result 'The ticket of a completed request, or the reasoned refusal'
            cand verify-ticket 'Verify a signed attachment ticket'
            cand ticket 'Printable tickets: a signed ticket as PDF, HTML or text for a receipt printer'
            cand batch 'Submit for every row of a CSV file, as an operator (journaled: exactly once)'
            cand smoke 'The whole journey for a fresh synthetic citizen, step by step'
            cand iin 'Check identification numbers: validity, birth date and sex'
            cand cert 'Certificates of the national authority: who, for what, valid, revoked (OCSP, CRL)'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand portal 'Administer the local (embedded) portal in the home'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;register'= {
            cand --iin 'The person''s IIN'
            cand --key 'Prove who you are with your authentication certificate: its key (PKCS#8, or PKCS#12 with ATTACH_KEY_PASSWORD) signs the portal''s challenge'
            cand --cert 'The authentication certificate [default: in the PKCS#12 file, or cert.pem beside the key]'
            cand --chain 'The issuing CA [default: chain.pem beside the certificate]'
            cand --otp 'Prove who you are with a one-time code: without CODE, have one sent to the phone on record; with the CODE received, register'
            cand --phone 'A contact phone for the account, like +77012345678'
            cand --email 'A contact e-mail for the account, where the portal may write'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --password-stdin 'Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;login'= {
            cand --iin 'The IIN of the account (a citizen''s, or a clinic operator''s)'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --password-stdin 'Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;logout'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;me'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;whoami'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;orgs'= {
            cand --region 'Only clinics of this region (Актау, Жанаозен, Бейнеуский, …; Kazakh spelling too)'
            cand --search 'Text in the clinic''s id, name, address, region or BIN; case and Kazakh letters do not matter'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;request'= {
            cand --org 'The clinic, by its directory id (see `attach orgs`)'
            cand --reason 'Why [default: first_attachment when not attached anywhere, free_choice otherwise; first_attachment with --for]'
            cand --address 'Address of residence [default: the one in ГБД ФЛ]'
            cand --phone 'Contact phone, like +77012345678'
            cand --for 'Operators only: fill the request for this citizen, from ГБД ФЛ'
            cand --child 'For a child of yours under 18 (as ГБД ФЛ links you), whose representative you are: you ask, and you sign'
            cand --representative 'With --for a child under 18: the parent filing for it, whom ГБД ФЛ links to the child'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;sign'= {
            cand --key 'Private key: PKCS#8 (PEM or DER), PKCS#1 RSA, or PKCS#12 (.p12; password from ATTACH_KEY_PASSWORD or a prompt)'
            cand --cert 'Signer''s certificate (PEM or DER) [default: from the PKCS#12 file]'
            cand --chain 'Issuing CA certificate [default: chain.pem beside --cert, or the PKCS#12 file''s]'
            cand --trust 'Trusted root (PEM or DER) [default: the embedded portal''s, when the home has one]'
            cand --crl 'CRL of the issuing CA (PEM or DER) [default: the embedded portal''s]'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;submit'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;status'= {
            cand --timeout 'How long --wait waits before giving up with exit 8'
            cand --limit 'List at most N requests, newest first, or `all` [default: 50 at a terminal, all when piped]'
            cand --state 'List only the requests in this state'
            cand --since 'List only the requests submitted since TIME: an RFC 3339 time, a day (YYYY-MM-DD, from its midnight in Aqtau), or a duration ago (30m, 12h, 7d)'
            cand --iin 'List only the requests of this person (the applicant''s IIN)'
            cand --org 'List only the requests to this clinic (an operator sees only the own clinic''s)'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --wait 'Refresh until the request is completed or refused'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;result'= {
            cand --out 'Also write the result to this file (atomically)'
            cand --render 'Also write the ticket for printing, in this format, to --render-out (in the language of --lang, else Russian)'
            cand --render-out 'Where --render writes the printable ticket (atomically)'
            cand --paper 'The sheet of a rendered PDF or HTML ticket'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;verify-ticket'= {
            cand --trust 'Trusted root (PEM or DER) [default: the embedded portal''s, when the home has one]'
            cand --crl 'CRL of the issuing CA (PEM or DER) [default: the embedded portal''s]'
            cand --at 'When certificates must be valid: sigT (the claimed signing time), now, or an RFC 3339 time'
            cand --qr 'The text of a printed ticket''s QR code, as a phone''s scanner gives it'
            cand --qr-image 'A photo or scan of a printed ticket''s QR code (PNG or JPEG)'
            cand --printed 'The printed ticket of the QR code: its HTML or text rendering, or its PDF''s text (pdftotext)'
            cand --signer-cert 'The signer''s certificate, then its issuing CA (PEM or DER) [default: the portal''s]'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --offline 'Do not ask the portal whether it issued the ticket (check `issued`)'
            cand --allow-superseded 'Let a ticket that a later attachment replaced pass `issued` (authentic, no longer in force)'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;ticket'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
            cand render 'Render a signed ticket (or a result holding one) for printing, with a QR code that proves it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;ticket;render'= {
            cand --format 'pdf (A4 or A5, fonts embedded), html (one self-contained page) or text (48 columns, for a receipt printer)'
            cand --out 'Write to FILE (atomically) instead of standard output'
            cand --paper 'The sheet of a PDF or HTML ticket'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;ticket;help'= {
            cand render 'Render a signed ticket (or a result holding one) for printing, with a QR code that proves it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;ticket;help;render'= {
        }
        &'attach;ticket;help;help'= {
        }
        &'attach;batch'= {
            cand --key 'The operator''s signing key (as for `attach sign`)'
            cand --cert 'The operator''s certificate [default: from a PKCS#12 key]'
            cand --chain 'The issuing CA [default: chain.pem beside --cert]'
            cand --org 'The clinic of rows without `org` [default: the operator''s]'
            cand --reason 'The reason of rows without `reason` [default: first_attachment]'
            cand --jobs 'Workers, each with a connection of its own and a few rows at a time; over HTTP, where they mostly wait, 16 to 32 do best [default: the number of cores]'
            cand --campaign 'Part of every request''s identity: the same campaign never submits a row twice [default: the file''s name]'
            cand --journal 'The journal [default: the CSV''s path with `.journal` added]'
            cand --out 'Write the rows and the summary to FILE (atomically, complete) instead of stdout'
            cand --delimiter 'The field separator [default: `;` or `,`, whichever the header has more of]'
            cand --encoding 'The file''s encoding: utf-8 or windows-1251 [default: UTF-8, or windows-1251 when the file''s first bytes beyond ASCII are not UTF-8 but are windows-1251, with a note]'
            cand --render 'Write each attached row''s ticket for printing, in this format, to --render-dir'
            cand --render-dir 'Where --render writes the tickets, one a file named by its ticket number'
            cand --paper 'The sheet of rendered PDF or HTML tickets'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --dry-run 'Check every row (IIN, clinic, reason) without submitting anything'
            cand --wait 'Wait for each decision and report the ticket or the refusal'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;smoke'= {
            cand --junit 'Also write the steps as a JUnit XML report, for CI'
            cand --identity 'With --portal: a citizen''s identity to use when the portal offers no test identities — key.pem, cert.pem, chain.pem and identity.json (`{"iin": …}`); the password from ATTACH_PASSWORD'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;iin'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;cert'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
            cand info 'Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`)'
            cand verify 'Path validation and revocation of a certificate, each check named: exit 0 or 7'
            cand ocsp 'Read a saved OCSP response (DER) and check its signature and responder'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;cert;info'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;cert;verify'= {
            cand --trust 'A trusted certificate (PEM or DER; repeatable) [default: the portal''s root]'
            cand --chain 'CA certificates that may stand between the certificate and a trusted one [default: chain.pem beside FILE]'
            cand --crl 'CRLs (PEM or DER; the issuing CA''s, and the root''s for the issuing CA) [default: the portal''s, with its root]'
            cand --ocsp-url 'Ask the OCSP responder at this URL first'
            cand --at 'When the certificate must be valid and not revoked: now, or an RFC 3339 time'
            cand --purpose 'What the certificate must be for'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --ocsp 'Ask the portal''s OCSP responder first [default when the portal''s root is the trust]'
            cand --offline 'Revocation by CRL only: no responder is asked'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'attach;cert;ocsp'= {
            cand --trust 'The issuing CA of the certificate asked about (and any other trusted certificate): the responder must be it, or a responder it delegated'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;cert;help'= {
            cand info 'Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`)'
            cand verify 'Path validation and revocation of a certificate, each check named: exit 0 or 7'
            cand ocsp 'Read a saved OCSP response (DER) and check its signature and responder'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;cert;help;info'= {
        }
        &'attach;cert;help;verify'= {
        }
        &'attach;cert;help;ocsp'= {
        }
        &'attach;cert;help;help'= {
        }
        &'attach;completions'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;man'= {
            cand --dir 'Write one page for each command into DIR — attach.1, attach-status.1, attach-portal-nca-issue.1, … — instead of printing the main page'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
            cand init 'Create the local portal''s state: certification authority, ГБД ФЛ, clinics; refuses an existing one without --force'
            cand serve 'Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM'
            cand people 'The seeded state database of individuals (ГБД ФЛ)'
            cand outbox 'The messages the portal "sent" to phones on record: one-time codes for registration'
            cand stats 'Quality indicators: requests by status, decided within the deadline, refusals'
            cand settings 'Show the portal''s settings, or change one: `attach portal settings KEY VALUE`'
            cand staff 'Operator accounts of clinics'
            cand accounts 'Accounts on the portal: list, unlock, reset a password'
            cand orgs 'Clinics of the directory: capacity, open or closed'
            cand nca 'The certification authority (НУЦ): issue, revoke, CRL, root'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;portal;init'= {
            cand --people 'Synthetic residents to seed ГБД ФЛ with (besides the demo residents and clinic heads)'
            cand --seed 'Seed of the synthetic registry: the same seed gives the same people'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --force 'Replace an existing portal (a new certification authority: old certificates stop verifying)'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;serve'= {
            cand --listen 'Address to listen on; port 0 picks a free one (the address is printed)'
            cand --tls-cert 'TLS certificate chain (PEM), e.g. from `attach portal nca issue-server`'
            cand --tls-key 'The TLS certificate''s key (PKCS#8 PEM)'
            cand --max-in-flight 'Requests handled at once; more get 503 `overloaded`'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --allow-test-identities 'Offer POST /v1/test/identities (synthetic people for `attach smoke`): for mock portals only, and on a loopback address unless --i-know-this-is-not-production'
            cand --i-know-this-is-not-production 'Allow --allow-test-identities on an address other hosts can reach: anyone there could mint people and certificates'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;people'= {
            cand --limit 'List at most this many people, in registry order'
            cand --region 'Only residents of this region (Актау, Жанаозен, Бейнеуский, …)'
            cand --attached-to 'Only people attached to this clinic'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --unattached 'Only people attached to no clinic'
            cand --living 'Only the living (ГБД ФЛ keeps the deceased too)'
            cand --minors 'Only children (under 18 today), listed with the parents ГБД ФЛ links to them'
            cand --adults 'Only people of age (18 and over today)'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;outbox'= {
            cand --iin 'Only the messages to this person''s phone on record'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;stats'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;settings'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;staff'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Create (or reset) an operator account tied to one clinic'
            cand list 'Operator accounts, with their clinics'
            cand remove 'Remove an operator account and end its sessions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;portal;staff;add'= {
            cand --org 'The clinic, by directory id'
            cand --iin 'The operator''s IIN; the person must be in ГБД ФЛ'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --password-stdin 'Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;staff;list'= {
            cand --org 'Only the operators of this clinic'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;staff;remove'= {
            cand --iin 'The account''s IIN'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;staff;help'= {
            cand add 'Create (or reset) an operator account tied to one clinic'
            cand list 'Operator accounts, with their clinics'
            cand remove 'Remove an operator account and end its sessions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;portal;staff;help;add'= {
        }
        &'attach;portal;staff;help;list'= {
        }
        &'attach;portal;staff;help;remove'= {
        }
        &'attach;portal;staff;help;help'= {
        }
        &'attach;portal;accounts'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Every account: role, clinic, registration, lockout'
            cand unlock 'Unlock an account locked after failed logins'
            cand reset-password 'Set a new password and end the account''s sessions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;portal;accounts;list'= {
            cand --role 'Only accounts of this role'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --locked 'Only the accounts locked now, after failed logins'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;accounts;unlock'= {
            cand --iin 'The account''s IIN'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;accounts;reset-password'= {
            cand --iin 'The account''s IIN'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --password-stdin 'Read the new password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;accounts;help'= {
            cand list 'Every account: role, clinic, registration, lockout'
            cand unlock 'Unlock an account locked after failed logins'
            cand reset-password 'Set a new password and end the account''s sessions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;portal;accounts;help;list'= {
        }
        &'attach;portal;accounts;help;unlock'= {
        }
        &'attach;portal;accounts;help;reset-password'= {
        }
        &'attach;portal;accounts;help;help'= {
        }
        &'attach;portal;orgs'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set a clinic''s capacity, or open or close it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;portal;orgs;set'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;orgs;help'= {
            cand set 'Set a clinic''s capacity, or open or close it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;portal;orgs;help;set'= {
        }
        &'attach;portal;orgs;help;help'= {
        }
        &'attach;portal;nca'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
            cand issue 'Issue a personal or employee certificate (and its key) into --out DIR'
            cand issue-server 'Issue a TLS server certificate for `portal serve`'
            cand revoke 'Revoke a certificate this authority issued'
            cand crl 'Print a freshly signed CRL (PEM)'
            cand ca 'Print the root certificate (PEM): the trust anchor'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;portal;nca;issue'= {
            cand --iin 'The holder''s IIN'
            cand --surname 'Surname [default: from ГБД ФЛ, when the person is there]'
            cand --given 'Given name'
            cand --patronymic 'Patronymic (written to the GIVENNAME attribute, as the national authority does)'
            cand --org 'The holder''s clinic, by directory id (its BIN and name go into the certificate)'
            cand --bin 'BIN of the holder''s organization'
            cand --org-name 'Name of the holder''s organization'
            cand --role 'Whose certificate, as the national authority''s profile marks it: an individual''s; or, for an organization (--org or --bin), its head''s, a signer''s or an employee''s [default: individual without an organization, employee with one]'
            cand --key-type 'The algorithm of the key generated (not with --csr, which brings its own key)'
            cand --csr 'Certify the key of this PKCS#10 request (PEM or DER) instead of generating one'
            cand --valid-from 'Start of validity: RFC 3339 time or YYYY-MM-DD [default: now]'
            cand --valid-days 'Days of validity from --valid-from (1 or more)'
            cand --out 'Directory to write key.pem, cert.pem and chain.pem to'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --auth 'An authentication certificate (clientAuth) instead of a signing one'
            cand --p12 'Also write key.p12 (password from ATTACH_KEY_PASSWORD or a prompt)'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;nca;issue-server'= {
            cand --dns 'DNS name of the server (repeatable)'
            cand --ip 'IP address of the server (repeatable)'
            cand --out 'Directory to write key.pem, cert.pem and chain.pem to (for --tls-key and --tls-cert)'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;nca;revoke'= {
            cand --serial 'Serial number in hexadecimal'
            cand --cert 'The certificate file (PEM or DER)'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;nca;crl'= {
            cand --this-update 'thisUpdate of the CRL: RFC 3339 time [default: now]. A past time makes a CRL that is already stale, to test verifiers'
            cand --days 'Days from thisUpdate to nextUpdate'
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --root 'The root''s CRL of the CAs below it instead (what `GET /v1/pki/crl/root` serves)'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;nca;ca'= {
            cand --portal 'Portal to talk to over HTTP(S); without it, the embedded portal in the home'
            cand --home 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]'
            cand --tls-ca 'Extra trusted root for the portal''s TLS certificate (PEM)'
            cand -o 'Output format [default: table at a terminal, json otherwise]'
            cand --output 'Output format [default: table at a terminal, json otherwise]'
            cand --lang 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]'
            cand --insecure-http 'Allow plain http:// to a portal that is not on a loopback address'
            cand -q 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand --quiet 'Print only data and errors: no notes, warnings, progress or -v lines'
            cand -v 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand --verbose 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'attach;portal;nca;help'= {
            cand issue 'Issue a personal or employee certificate (and its key) into --out DIR'
            cand issue-server 'Issue a TLS server certificate for `portal serve`'
            cand revoke 'Revoke a certificate this authority issued'
            cand crl 'Print a freshly signed CRL (PEM)'
            cand ca 'Print the root certificate (PEM): the trust anchor'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;portal;nca;help;issue'= {
        }
        &'attach;portal;nca;help;issue-server'= {
        }
        &'attach;portal;nca;help;revoke'= {
        }
        &'attach;portal;nca;help;crl'= {
        }
        &'attach;portal;nca;help;ca'= {
        }
        &'attach;portal;nca;help;help'= {
        }
        &'attach;portal;help'= {
            cand init 'Create the local portal''s state: certification authority, ГБД ФЛ, clinics; refuses an existing one without --force'
            cand serve 'Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM'
            cand people 'The seeded state database of individuals (ГБД ФЛ)'
            cand outbox 'The messages the portal "sent" to phones on record: one-time codes for registration'
            cand stats 'Quality indicators: requests by status, decided within the deadline, refusals'
            cand settings 'Show the portal''s settings, or change one: `attach portal settings KEY VALUE`'
            cand staff 'Operator accounts of clinics'
            cand accounts 'Accounts on the portal: list, unlock, reset a password'
            cand orgs 'Clinics of the directory: capacity, open or closed'
            cand nca 'The certification authority (НУЦ): issue, revoke, CRL, root'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;portal;help;init'= {
        }
        &'attach;portal;help;serve'= {
        }
        &'attach;portal;help;people'= {
        }
        &'attach;portal;help;outbox'= {
        }
        &'attach;portal;help;stats'= {
        }
        &'attach;portal;help;settings'= {
        }
        &'attach;portal;help;staff'= {
            cand add 'Create (or reset) an operator account tied to one clinic'
            cand list 'Operator accounts, with their clinics'
            cand remove 'Remove an operator account and end its sessions'
        }
        &'attach;portal;help;staff;add'= {
        }
        &'attach;portal;help;staff;list'= {
        }
        &'attach;portal;help;staff;remove'= {
        }
        &'attach;portal;help;accounts'= {
            cand list 'Every account: role, clinic, registration, lockout'
            cand unlock 'Unlock an account locked after failed logins'
            cand reset-password 'Set a new password and end the account''s sessions'
        }
        &'attach;portal;help;accounts;list'= {
        }
        &'attach;portal;help;accounts;unlock'= {
        }
        &'attach;portal;help;accounts;reset-password'= {
        }
        &'attach;portal;help;orgs'= {
            cand set 'Set a clinic''s capacity, or open or close it'
        }
        &'attach;portal;help;orgs;set'= {
        }
        &'attach;portal;help;nca'= {
            cand issue 'Issue a personal or employee certificate (and its key) into --out DIR'
            cand issue-server 'Issue a TLS server certificate for `portal serve`'
            cand revoke 'Revoke a certificate this authority issued'
            cand crl 'Print a freshly signed CRL (PEM)'
            cand ca 'Print the root certificate (PEM): the trust anchor'
        }
        &'attach;portal;help;nca;issue'= {
        }
        &'attach;portal;help;nca;issue-server'= {
        }
        &'attach;portal;help;nca;revoke'= {
        }
        &'attach;portal;help;nca;crl'= {
        }
        &'attach;portal;help;nca;ca'= {
        }
        &'attach;portal;help;help'= {
        }
        &'attach;help'= {
            cand register 'Register on the portal (the person must be in ГБД ФЛ)'
            cand login 'Log in; the session is kept in the home'
            cand logout 'End the session'
            cand me 'Who the session is: the person, the role, the clinic and until when'
            cand orgs 'The directory of clinics'
            cand request 'Fill an attachment request (printed as JSON, for `attach sign`)'
            cand sign 'Sign a request or ticket document (JWS over its JCS form)'
            cand submit 'Submit a signed request; prints the receipt'
            cand status 'A request''s status, or every request of the session'
            cand result 'The ticket of a completed request, or the reasoned refusal'
            cand verify-ticket 'Verify a signed attachment ticket'
            cand ticket 'Printable tickets: a signed ticket as PDF, HTML or text for a receipt printer'
            cand batch 'Submit for every row of a CSV file, as an operator (journaled: exactly once)'
            cand smoke 'The whole journey for a fresh synthetic citizen, step by step'
            cand iin 'Check identification numbers: validity, birth date and sex'
            cand cert 'Certificates of the national authority: who, for what, valid, revoked (OCSP, CRL)'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand portal 'Administer the local (embedded) portal in the home'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'attach;help;register'= {
        }
        &'attach;help;login'= {
        }
        &'attach;help;logout'= {
        }
        &'attach;help;me'= {
        }
        &'attach;help;orgs'= {
        }
        &'attach;help;request'= {
        }
        &'attach;help;sign'= {
        }
        &'attach;help;submit'= {
        }
        &'attach;help;status'= {
        }
        &'attach;help;result'= {
        }
        &'attach;help;verify-ticket'= {
        }
        &'attach;help;ticket'= {
            cand render 'Render a signed ticket (or a result holding one) for printing, with a QR code that proves it'
        }
        &'attach;help;ticket;render'= {
        }
        &'attach;help;batch'= {
        }
        &'attach;help;smoke'= {
        }
        &'attach;help;iin'= {
        }
        &'attach;help;cert'= {
            cand info 'Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`)'
            cand verify 'Path validation and revocation of a certificate, each check named: exit 0 or 7'
            cand ocsp 'Read a saved OCSP response (DER) and check its signature and responder'
        }
        &'attach;help;cert;info'= {
        }
        &'attach;help;cert;verify'= {
        }
        &'attach;help;cert;ocsp'= {
        }
        &'attach;help;completions'= {
        }
        &'attach;help;man'= {
        }
        &'attach;help;portal'= {
            cand init 'Create the local portal''s state: certification authority, ГБД ФЛ, clinics; refuses an existing one without --force'
            cand serve 'Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM'
            cand people 'The seeded state database of individuals (ГБД ФЛ)'
            cand outbox 'The messages the portal "sent" to phones on record: one-time codes for registration'
            cand stats 'Quality indicators: requests by status, decided within the deadline, refusals'
            cand settings 'Show the portal''s settings, or change one: `attach portal settings KEY VALUE`'
            cand staff 'Operator accounts of clinics'
            cand accounts 'Accounts on the portal: list, unlock, reset a password'
            cand orgs 'Clinics of the directory: capacity, open or closed'
            cand nca 'The certification authority (НУЦ): issue, revoke, CRL, root'
        }
        &'attach;help;portal;init'= {
        }
        &'attach;help;portal;serve'= {
        }
        &'attach;help;portal;people'= {
        }
        &'attach;help;portal;outbox'= {
        }
        &'attach;help;portal;stats'= {
        }
        &'attach;help;portal;settings'= {
        }
        &'attach;help;portal;staff'= {
            cand add 'Create (or reset) an operator account tied to one clinic'
            cand list 'Operator accounts, with their clinics'
            cand remove 'Remove an operator account and end its sessions'
        }
        &'attach;help;portal;staff;add'= {
        }
        &'attach;help;portal;staff;list'= {
        }
        &'attach;help;portal;staff;remove'= {
        }
        &'attach;help;portal;accounts'= {
            cand list 'Every account: role, clinic, registration, lockout'
            cand unlock 'Unlock an account locked after failed logins'
            cand reset-password 'Set a new password and end the account''s sessions'
        }
        &'attach;help;portal;accounts;list'= {
        }
        &'attach;help;portal;accounts;unlock'= {
        }
        &'attach;help;portal;accounts;reset-password'= {
        }
        &'attach;help;portal;orgs'= {
            cand set 'Set a clinic''s capacity, or open or close it'
        }
        &'attach;help;portal;orgs;set'= {
        }
        &'attach;help;portal;nca'= {
            cand issue 'Issue a personal or employee certificate (and its key) into --out DIR'
            cand issue-server 'Issue a TLS server certificate for `portal serve`'
            cand revoke 'Revoke a certificate this authority issued'
            cand crl 'Print a freshly signed CRL (PEM)'
            cand ca 'Print the root certificate (PEM): the trust anchor'
        }
        &'attach;help;portal;nca;issue'= {
        }
        &'attach;help;portal;nca;issue-server'= {
        }
        &'attach;help;portal;nca;revoke'= {
        }
        &'attach;help;portal;nca;crl'= {
        }
        &'attach;help;portal;nca;ca'= {
        }
        &'attach;help;help'= {
        }
    ]
    $completions[$command]
}
