# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_attach_global_optspecs
    string join \n portal= home= tls-ca= insecure-http o/output= q/quiet v/verbose lang= h/help V/version
end

function __fish_attach_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_attach_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_attach_using_subcommand
    set -l cmd (__fish_attach_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c attach -n "__fish_attach_needs_command" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_needs_command" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_needs_command" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_needs_command" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_needs_command" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_needs_command" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_needs_command" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_needs_command" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_needs_command" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_needs_command" -s V -l version -d 'Print version'
complete -c attach -n "__fish_attach_needs_command" -f -a "register" -d 'Register on the portal (the person must be in ГБД ФЛ)'
complete -c attach -n "__fish_attach_needs_command" -f -a "login" -d 'Log in; the session is kept in the home'
complete -c attach -n "__fish_attach_needs_command" -f -a "logout" -d 'End the session'
complete -c attach -n "__fish_attach_needs_command" -f -a "me" -d 'Who the session is: the person, the role, the clinic and until when'
complete -c attach -n "__fish_attach_needs_command" -f -a "whoami" -d 'Who the session is: the person, the role, the clinic and until when'
complete -c attach -n "__fish_attach_needs_command" -f -a "orgs" -d 'The directory of clinics'
complete -c attach -n "__fish_attach_needs_command" -f -a "request" -d 'Fill an attachment request (printed as JSON, for `attach sign`)'
complete -c attach -n "__fish_attach_needs_command" -f -a "sign" -d 'Sign a request or ticket document (JWS over its JCS form)'
complete -c attach -n "__fish_attach_needs_command" -f -a "submit" -d 'Submit a signed request; prints the receipt'
complete -c attach -n "__fish_attach_needs_command" -f -a "status" -d 'A request\'s status, or every request of the session'
complete -c attach -n "__fish_attach_needs_command" -f -a "result" -d 'The ticket of a completed request, or the reasoned refusal'
complete -c attach -n "__fish_attach_needs_command" -f -a "verify-ticket" -d 'Verify a signed attachment ticket'
complete -c attach -n "__fish_attach_needs_command" -f -a "ticket" -d 'Printable tickets: a signed ticket as PDF, HTML or text for a receipt printer'
complete -c attach -n "__fish_attach_needs_command" -f -a "batch" -d 'Submit for every row of a CSV file, as an operator (journaled: exactly once)'
complete -c attach -n "__fish_attach_needs_command" -f -a "smoke" -d 'The whole journey for a fresh synthetic citizen, step by step'
complete -c attach -n "__fish_attach_needs_command" -f -a "iin" -d 'Check identification numbers: validity, birth date and sex'
complete -c attach -n "__fish_attach_needs_command" -f -a "cert" -d 'Certificates of the national authority: who, for what, valid, revoked (OCSP, CRL)'
complete -c attach -n "__fish_attach_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c attach -n "__fish_attach_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c attach -n "__fish_attach_needs_command" -f -a "portal" -d 'Administer the local (embedded) portal in the home'
complete -c attach -n "__fish_attach_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand register" -l iin -d 'The person\'s IIN' -r
complete -c attach -n "__fish_attach_using_subcommand register" -l key -d 'Prove who you are with your authentication certificate: its key (PKCS#8, or PKCS#12 with ATTACH_KEY_PASSWORD) signs the portal\'s challenge' -r -F
complete -c attach -n "__fish_attach_using_subcommand register" -l cert -d 'The authentication certificate [default: in the PKCS#12 file, or cert.pem beside the key]' -r -F
complete -c attach -n "__fish_attach_using_subcommand register" -l chain -d 'The issuing CA [default: chain.pem beside the certificate]' -r -F
complete -c attach -n "__fish_attach_using_subcommand register" -l otp -d 'Prove who you are with a one-time code: without CODE, have one sent to the phone on record; with the CODE received, register' -r
complete -c attach -n "__fish_attach_using_subcommand register" -l phone -d 'A contact phone for the account, like +77012345678' -r
complete -c attach -n "__fish_attach_using_subcommand register" -l email -d 'A contact e-mail for the account, where the portal may write' -r
complete -c attach -n "__fish_attach_using_subcommand register" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand register" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand register" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand register" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand register" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand register" -l password-stdin -d 'Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt]'
complete -c attach -n "__fish_attach_using_subcommand register" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand register" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand register" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand register" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand login" -l iin -d 'The IIN of the account (a citizen\'s, or a clinic operator\'s)' -r
complete -c attach -n "__fish_attach_using_subcommand login" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand login" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand login" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand login" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand login" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand login" -l password-stdin -d 'Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt]'
complete -c attach -n "__fish_attach_using_subcommand login" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand login" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand login" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand login" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand logout" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand logout" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand logout" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand logout" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand logout" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand logout" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand logout" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand logout" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand logout" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand me" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand me" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand me" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand me" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand me" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand me" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand me" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand me" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand me" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand whoami" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand whoami" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand whoami" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand whoami" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand whoami" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand whoami" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand whoami" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand whoami" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand whoami" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand orgs" -l region -d 'Only clinics of this region (Актау, Жанаозен, Бейнеуский, …; Kazakh spelling too)' -r
complete -c attach -n "__fish_attach_using_subcommand orgs" -l search -d 'Text in the clinic\'s id, name, address, region or BIN; case and Kazakh letters do not matter' -r
complete -c attach -n "__fish_attach_using_subcommand orgs" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand orgs" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand orgs" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand orgs" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand orgs" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand orgs" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand orgs" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand orgs" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand orgs" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand request" -l org -d 'The clinic, by its directory id (see `attach orgs`)' -r
complete -c attach -n "__fish_attach_using_subcommand request" -l reason -d 'Why [default: first_attachment when not attached anywhere, free_choice otherwise; first_attachment with --for]' -r -f -a "first_attachment\t''
free_choice\t''
change_of_residence\t''
org_closed\t''"
complete -c attach -n "__fish_attach_using_subcommand request" -l address -d 'Address of residence [default: the one in ГБД ФЛ]' -r
complete -c attach -n "__fish_attach_using_subcommand request" -l phone -d 'Contact phone, like +77012345678' -r
complete -c attach -n "__fish_attach_using_subcommand request" -l for -d 'Operators only: fill the request for this citizen, from ГБД ФЛ' -r
complete -c attach -n "__fish_attach_using_subcommand request" -l child -d 'For a child of yours under 18 (as ГБД ФЛ links you), whose representative you are: you ask, and you sign' -r
complete -c attach -n "__fish_attach_using_subcommand request" -l representative -d 'With --for a child under 18: the parent filing for it, whom ГБД ФЛ links to the child' -r
complete -c attach -n "__fish_attach_using_subcommand request" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand request" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand request" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand request" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand request" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand request" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand request" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand request" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand request" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand sign" -l key -d 'Private key: PKCS#8 (PEM or DER), PKCS#1 RSA, or PKCS#12 (.p12; password from ATTACH_KEY_PASSWORD or a prompt)' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l cert -d 'Signer\'s certificate (PEM or DER) [default: from the PKCS#12 file]' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l chain -d 'Issuing CA certificate [default: chain.pem beside --cert, or the PKCS#12 file\'s]' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l trust -d 'Trusted root (PEM or DER) [default: the embedded portal\'s, when the home has one]' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l crl -d 'CRL of the issuing CA (PEM or DER) [default: the embedded portal\'s]' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand sign" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand sign" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand sign" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand sign" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand sign" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand sign" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand submit" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand submit" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand submit" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand submit" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand submit" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand submit" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand submit" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand submit" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand submit" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand status" -l timeout -d 'How long --wait waits before giving up with exit 8' -r
complete -c attach -n "__fish_attach_using_subcommand status" -l limit -d 'List at most N requests, newest first, or `all` [default: 50 at a terminal, all when piped]' -r
complete -c attach -n "__fish_attach_using_subcommand status" -l state -d 'List only the requests in this state' -r -f -a "submitted\t''
registered\t''
completed\t''
refused\t''"
complete -c attach -n "__fish_attach_using_subcommand status" -l since -d 'List only the requests submitted since TIME: an RFC 3339 time, a day (YYYY-MM-DD, from its midnight in Aqtau), or a duration ago (30m, 12h, 7d)' -r
complete -c attach -n "__fish_attach_using_subcommand status" -l iin -d 'List only the requests of this person (the applicant\'s IIN)' -r
complete -c attach -n "__fish_attach_using_subcommand status" -l org -d 'List only the requests to this clinic (an operator sees only the own clinic\'s)' -r
complete -c attach -n "__fish_attach_using_subcommand status" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand status" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand status" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand status" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand status" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand status" -l wait -d 'Refresh until the request is completed or refused'
complete -c attach -n "__fish_attach_using_subcommand status" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand status" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand status" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand status" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand result" -l out -d 'Also write the result to this file (atomically)' -r -F
complete -c attach -n "__fish_attach_using_subcommand result" -l render -d 'Also write the ticket for printing, in this format, to --render-out (in the language of --lang, else Russian)' -r -f -a "pdf\t''
html\t''
text\t''"
complete -c attach -n "__fish_attach_using_subcommand result" -l render-out -d 'Where --render writes the printable ticket (atomically)' -r -F
complete -c attach -n "__fish_attach_using_subcommand result" -l paper -d 'The sheet of a rendered PDF or HTML ticket' -r -f -a "a4\t''
a5\t''"
complete -c attach -n "__fish_attach_using_subcommand result" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand result" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand result" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand result" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand result" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand result" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand result" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand result" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand result" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l trust -d 'Trusted root (PEM or DER) [default: the embedded portal\'s, when the home has one]' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l crl -d 'CRL of the issuing CA (PEM or DER) [default: the embedded portal\'s]' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l at -d 'When certificates must be valid: sigT (the claimed signing time), now, or an RFC 3339 time' -r
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l qr -d 'The text of a printed ticket\'s QR code, as a phone\'s scanner gives it' -r
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l qr-image -d 'A photo or scan of a printed ticket\'s QR code (PNG or JPEG)' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l printed -d 'The printed ticket of the QR code: its HTML or text rendering, or its PDF\'s text (pdftotext)' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l signer-cert -d 'The signer\'s certificate, then its issuing CA (PEM or DER) [default: the portal\'s]' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l offline -d 'Do not ask the portal whether it issued the ticket (check `issued`)'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l allow-superseded -d 'Let a ticket that a later attachment replaced pass `issued` (authentic, no longer in force)'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -f -a "render" -d 'Render a signed ticket (or a result holding one) for printing, with a QR code that proves it'
complete -c attach -n "__fish_attach_using_subcommand ticket; and not __fish_seen_subcommand_from render help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -l format -d 'pdf (A4 or A5, fonts embedded), html (one self-contained page) or text (48 columns, for a receipt printer)' -r -f -a "pdf\t''
html\t''
text\t''"
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -l out -d 'Write to FILE (atomically) instead of standard output' -r -F
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -l paper -d 'The sheet of a PDF or HTML ticket' -r -f -a "a4\t''
a5\t''"
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "render" -d 'Render a signed ticket (or a result holding one) for printing, with a QR code that proves it'
complete -c attach -n "__fish_attach_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand batch" -l key -d 'The operator\'s signing key (as for `attach sign`)' -r -F
complete -c attach -n "__fish_attach_using_subcommand batch" -l cert -d 'The operator\'s certificate [default: from a PKCS#12 key]' -r -F
complete -c attach -n "__fish_attach_using_subcommand batch" -l chain -d 'The issuing CA [default: chain.pem beside --cert]' -r -F
complete -c attach -n "__fish_attach_using_subcommand batch" -l org -d 'The clinic of rows without `org` [default: the operator\'s]' -r
complete -c attach -n "__fish_attach_using_subcommand batch" -l reason -d 'The reason of rows without `reason` [default: first_attachment]' -r -f -a "first_attachment\t''
free_choice\t''
change_of_residence\t''
org_closed\t''"
complete -c attach -n "__fish_attach_using_subcommand batch" -l jobs -d 'Workers, each with a connection of its own and a few rows at a time; over HTTP, where they mostly wait, 16 to 32 do best [default: the number of cores]' -r
complete -c attach -n "__fish_attach_using_subcommand batch" -l campaign -d 'Part of every request\'s identity: the same campaign never submits a row twice [default: the file\'s name]' -r
complete -c attach -n "__fish_attach_using_subcommand batch" -l journal -d 'The journal [default: the CSV\'s path with `.journal` added]' -r -F
complete -c attach -n "__fish_attach_using_subcommand batch" -l out -d 'Write the rows and the summary to FILE (atomically, complete) instead of stdout' -r -F
complete -c attach -n "__fish_attach_using_subcommand batch" -l delimiter -d 'The field separator [default: `;` or `,`, whichever the header has more of]' -r
complete -c attach -n "__fish_attach_using_subcommand batch" -l encoding -d 'The file\'s encoding: utf-8 or windows-1251 [default: UTF-8, or windows-1251 when the file\'s first bytes beyond ASCII are not UTF-8 but are windows-1251, with a note]' -r
complete -c attach -n "__fish_attach_using_subcommand batch" -l render -d 'Write each attached row\'s ticket for printing, in this format, to --render-dir' -r -f -a "pdf\t''
html\t''
text\t''"
complete -c attach -n "__fish_attach_using_subcommand batch" -l render-dir -d 'Where --render writes the tickets, one a file named by its ticket number' -r -F
complete -c attach -n "__fish_attach_using_subcommand batch" -l paper -d 'The sheet of rendered PDF or HTML tickets' -r -f -a "a4\t''
a5\t''"
complete -c attach -n "__fish_attach_using_subcommand batch" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand batch" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand batch" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand batch" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand batch" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand batch" -l dry-run -d 'Check every row (IIN, clinic, reason) without submitting anything'
complete -c attach -n "__fish_attach_using_subcommand batch" -l wait -d 'Wait for each decision and report the ticket or the refusal'
complete -c attach -n "__fish_attach_using_subcommand batch" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand batch" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand batch" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand batch" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand smoke" -l junit -d 'Also write the steps as a JUnit XML report, for CI' -r -F
complete -c attach -n "__fish_attach_using_subcommand smoke" -l identity -d 'With --portal: a citizen\'s identity to use when the portal offers no test identities — key.pem, cert.pem, chain.pem and identity.json (`{"iin": …}`); the password from ATTACH_PASSWORD' -r -F
complete -c attach -n "__fish_attach_using_subcommand smoke" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand smoke" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand smoke" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand smoke" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand smoke" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand smoke" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand smoke" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand smoke" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand smoke" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand iin" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand iin" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand iin" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand iin" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand iin" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand iin" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand iin" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand iin" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand iin" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -f -a "info" -d 'Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`)'
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -f -a "verify" -d 'Path validation and revocation of a certificate, each check named: exit 0 or 7'
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -f -a "ocsp" -d 'Read a saved OCSP response (DER) and check its signature and responder'
complete -c attach -n "__fish_attach_using_subcommand cert; and not __fish_seen_subcommand_from info verify ocsp help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from info" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from info" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from info" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from info" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from info" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l trust -d 'A trusted certificate (PEM or DER; repeatable) [default: the portal\'s root]' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l chain -d 'CA certificates that may stand between the certificate and a trusted one [default: chain.pem beside FILE]' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l crl -d 'CRLs (PEM or DER; the issuing CA\'s, and the root\'s for the issuing CA) [default: the portal\'s, with its root]' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l ocsp-url -d 'Ask the OCSP responder at this URL first' -r
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l at -d 'When the certificate must be valid and not revoked: now, or an RFC 3339 time' -r
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l purpose -d 'What the certificate must be for' -r -f -a "sign\t'A signing certificate: digitalSignature and nonRepudiation'
auth\t'An authentication certificate: digitalSignature with clientAuth (or keyEncipherment)'"
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l ocsp -d 'Ask the portal\'s OCSP responder first [default when the portal\'s root is the trust]'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l offline -d 'Revocation by CRL only: no responder is asked'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from ocsp" -l trust -d 'The issuing CA of the certificate asked about (and any other trusted certificate): the responder must be it, or a responder it delegated' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from ocsp" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from ocsp" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from ocsp" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from ocsp" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from ocsp" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from ocsp" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from ocsp" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from ocsp" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from ocsp" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "info" -d 'Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`)'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Path validation and revocation of a certificate, each check named: exit 0 or 7'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "ocsp" -d 'Read a saved OCSP response (DER) and check its signature and responder'
complete -c attach -n "__fish_attach_using_subcommand cert; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand completions" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand completions" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand completions" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand completions" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand completions" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand completions" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand completions" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand completions" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand completions" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand man" -l dir -d 'Write one page for each command into DIR — attach.1, attach-status.1, attach-portal-nca-issue.1, … — instead of printing the main page' -r -F
complete -c attach -n "__fish_attach_using_subcommand man" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand man" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand man" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand man" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand man" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand man" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand man" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand man" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand man" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "init" -d 'Create the local portal\'s state: certification authority, ГБД ФЛ, clinics; refuses an existing one without --force'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "serve" -d 'Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "people" -d 'The seeded state database of individuals (ГБД ФЛ)'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "outbox" -d 'The messages the portal "sent" to phones on record: one-time codes for registration'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "stats" -d 'Quality indicators: requests by status, decided within the deadline, refusals'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "settings" -d 'Show the portal\'s settings, or change one: `attach portal settings KEY VALUE`'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "staff" -d 'Operator accounts of clinics'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "accounts" -d 'Accounts on the portal: list, unlock, reset a password'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "orgs" -d 'Clinics of the directory: capacity, open or closed'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "nca" -d 'The certification authority (НУЦ): issue, revoke, CRL, root'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init serve people outbox stats settings staff accounts orgs nca help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l people -d 'Synthetic residents to seed ГБД ФЛ with (besides the demo residents and clinic heads)' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l seed -d 'Seed of the synthetic registry: the same seed gives the same people' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l force -d 'Replace an existing portal (a new certification authority: old certificates stop verifying)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on; port 0 picks a free one (the address is printed)' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l tls-cert -d 'TLS certificate chain (PEM), e.g. from `attach portal nca issue-server`' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l tls-key -d 'The TLS certificate\'s key (PKCS#8 PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l max-in-flight -d 'Requests handled at once; more get 503 `overloaded`' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l allow-test-identities -d 'Offer POST /v1/test/identities (synthetic people for `attach smoke`): for mock portals only, and on a loopback address unless --i-know-this-is-not-production'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l i-know-this-is-not-production -d 'Allow --allow-test-identities on an address other hosts can reach: anyone there could mint people and certificates'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l limit -d 'List at most this many people, in registry order' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l region -d 'Only residents of this region (Актау, Жанаозен, Бейнеуский, …)' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l attached-to -d 'Only people attached to this clinic' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l unattached -d 'Only people attached to no clinic'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l living -d 'Only the living (ГБД ФЛ keeps the deceased too)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l minors -d 'Only children (under 18 today), listed with the parents ГБД ФЛ links to them'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l adults -d 'Only people of age (18 and over today)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from people" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from outbox" -l iin -d 'Only the messages to this person\'s phone on record' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from outbox" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from outbox" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from outbox" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from outbox" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from outbox" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from outbox" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from outbox" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from outbox" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from outbox" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from stats" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from stats" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from stats" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from stats" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from stats" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from stats" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from settings" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from settings" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from settings" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from settings" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from settings" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from settings" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from settings" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from settings" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from settings" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -f -a "add" -d 'Create (or reset) an operator account tied to one clinic'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -f -a "list" -d 'Operator accounts, with their clinics'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -f -a "remove" -d 'Remove an operator account and end its sessions'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from staff" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -f -a "list" -d 'Every account: role, clinic, registration, lockout'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -f -a "unlock" -d 'Unlock an account locked after failed logins'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -f -a "reset-password" -d 'Set a new password and end the account\'s sessions'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from accounts" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -f -a "set" -d 'Set a clinic\'s capacity, or open or close it'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from orgs" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -l home -d 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -l lang -d 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]' -r -f -a "en\t''
ru\t''
kk\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -s q -l quiet -d 'Print only data and errors: no notes, warnings, progress or -v lines'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -s v -l verbose -d 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "issue" -d 'Issue a personal or employee certificate (and its key) into --out DIR'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "issue-server" -d 'Issue a TLS server certificate for `portal serve`'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "revoke" -d 'Revoke a certificate this authority issued'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "crl" -d 'Print a freshly signed CRL (PEM)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "ca" -d 'Print the root certificate (PEM): the trust anchor'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the local portal\'s state: certification authority, ГБД ФЛ, clinics; refuses an existing one without --force'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "people" -d 'The seeded state database of individuals (ГБД ФЛ)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "outbox" -d 'The messages the portal "sent" to phones on record: one-time codes for registration'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Quality indicators: requests by status, decided within the deadline, refusals'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "settings" -d 'Show the portal\'s settings, or change one: `attach portal settings KEY VALUE`'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "staff" -d 'Operator accounts of clinics'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "accounts" -d 'Accounts on the portal: list, unlock, reset a password'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "orgs" -d 'Clinics of the directory: capacity, open or closed'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "nca" -d 'The certification authority (НУЦ): issue, revoke, CRL, root'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "register" -d 'Register on the portal (the person must be in ГБД ФЛ)'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "login" -d 'Log in; the session is kept in the home'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "logout" -d 'End the session'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "me" -d 'Who the session is: the person, the role, the clinic and until when'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "orgs" -d 'The directory of clinics'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "request" -d 'Fill an attachment request (printed as JSON, for `attach sign`)'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "sign" -d 'Sign a request or ticket document (JWS over its JCS form)'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "submit" -d 'Submit a signed request; prints the receipt'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "status" -d 'A request\'s status, or every request of the session'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "result" -d 'The ticket of a completed request, or the reasoned refusal'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "verify-ticket" -d 'Verify a signed attachment ticket'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "ticket" -d 'Printable tickets: a signed ticket as PDF, HTML or text for a receipt printer'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "batch" -d 'Submit for every row of a CSV file, as an operator (journaled: exactly once)'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "smoke" -d 'The whole journey for a fresh synthetic citizen, step by step'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "iin" -d 'Check identification numbers: validity, birth date and sex'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "cert" -d 'Certificates of the national authority: who, for what, valid, revoked (OCSP, CRL)'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "completions" -d 'Print a shell completion script'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "man" -d 'Print the man page (roff)'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "portal" -d 'Administer the local (embedded) portal in the home'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from register login logout me orgs request sign submit status result verify-ticket ticket batch smoke iin cert completions man portal help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "render" -d 'Render a signed ticket (or a result holding one) for printing, with a QR code that proves it'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "info" -d 'Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`)'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "verify" -d 'Path validation and revocation of a certificate, each check named: exit 0 or 7'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from cert" -f -a "ocsp" -d 'Read a saved OCSP response (DER) and check its signature and responder'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "init" -d 'Create the local portal\'s state: certification authority, ГБД ФЛ, clinics; refuses an existing one without --force'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "serve" -d 'Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "people" -d 'The seeded state database of individuals (ГБД ФЛ)'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "outbox" -d 'The messages the portal "sent" to phones on record: one-time codes for registration'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "stats" -d 'Quality indicators: requests by status, decided within the deadline, refusals'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "settings" -d 'Show the portal\'s settings, or change one: `attach portal settings KEY VALUE`'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "staff" -d 'Operator accounts of clinics'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "accounts" -d 'Accounts on the portal: list, unlock, reset a password'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "orgs" -d 'Clinics of the directory: capacity, open or closed'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "nca" -d 'The certification authority (НУЦ): issue, revoke, CRL, root'
