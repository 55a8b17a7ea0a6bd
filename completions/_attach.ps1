
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'attach' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'attach'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'attach' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register on the portal (the person must be in ГБД ФЛ)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in; the session is kept in the home')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Who the session is: the person, the role, the clinic and until when')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who the session is: the person, the role, the clinic and until when')
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'The directory of clinics')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Fill an attachment request (printed as JSON, for `attach sign`)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a request or ticket document (JWS over its JCS form)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a signed request; prints the receipt')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'A request''s status, or every request of the session')
            [CompletionResult]::new('result', 'result', [CompletionResultType]::ParameterValue, 'The ticket of a completed request, or the reasoned refusal')
            [CompletionResult]::new('verify-ticket', 'verify-ticket', [CompletionResultType]::ParameterValue, 'Verify a signed attachment ticket')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Printable tickets: a signed ticket as PDF, HTML or text for a receipt printer')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Submit for every row of a CSV file, as an operator (journaled: exactly once)')
            [CompletionResult]::new('smoke', 'smoke', [CompletionResultType]::ParameterValue, 'The whole journey for a fresh synthetic citizen, step by step')
            [CompletionResult]::new('iin', 'iin', [CompletionResultType]::ParameterValue, 'Check identification numbers: validity, birth date and sex')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'Certificates of the national authority: who, for what, valid, revoked (OCSP, CRL)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('portal', 'portal', [CompletionResultType]::ParameterValue, 'Administer the local (embedded) portal in the home')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;register' {
            [CompletionResult]::new('--iin', '--iin', [CompletionResultType]::ParameterName, 'The person''s IIN')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Prove who you are with your authentication certificate: its key (PKCS#8, or PKCS#12 with ATTACH_KEY_PASSWORD) signs the portal''s challenge')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'The authentication certificate [default: in the PKCS#12 file, or cert.pem beside the key]')
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'The issuing CA [default: chain.pem beside the certificate]')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'Prove who you are with a one-time code: without CODE, have one sent to the phone on record; with the CODE received, register')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'A contact phone for the account, like +77012345678')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'A contact e-mail for the account, where the portal may write')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;login' {
            [CompletionResult]::new('--iin', '--iin', [CompletionResultType]::ParameterName, 'The IIN of the account (a citizen''s, or a clinic operator''s)')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;logout' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;me' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;whoami' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;orgs' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only clinics of this region (Актау, Жанаозен, Бейнеуский, …; Kazakh spelling too)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text in the clinic''s id, name, address, region or BIN; case and Kazakh letters do not matter')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;request' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The clinic, by its directory id (see `attach orgs`)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why [default: first_attachment when not attached anywhere, free_choice otherwise; first_attachment with --for]')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of residence [default: the one in ГБД ФЛ]')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Contact phone, like +77012345678')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Operators only: fill the request for this citizen, from ГБД ФЛ')
            [CompletionResult]::new('--child', '--child', [CompletionResultType]::ParameterName, 'For a child of yours under 18 (as ГБД ФЛ links you), whose representative you are: you ask, and you sign')
            [CompletionResult]::new('--representative', '--representative', [CompletionResultType]::ParameterName, 'With --for a child under 18: the parent filing for it, whom ГБД ФЛ links to the child')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;sign' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key: PKCS#8 (PEM or DER), PKCS#1 RSA, or PKCS#12 (.p12; password from ATTACH_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Signer''s certificate (PEM or DER) [default: from the PKCS#12 file]')
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'Issuing CA certificate [default: chain.pem beside --cert, or the PKCS#12 file''s]')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'Trusted root (PEM or DER) [default: the embedded portal''s, when the home has one]')
            [CompletionResult]::new('--crl', '--crl', [CompletionResultType]::ParameterName, 'CRL of the issuing CA (PEM or DER) [default: the embedded portal''s]')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;submit' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;status' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long --wait waits before giving up with exit 8')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most N requests, newest first, or `all` [default: 50 at a terminal, all when piped]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'List only the requests in this state')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'List only the requests submitted since TIME: an RFC 3339 time, a day (YYYY-MM-DD, from its midnight in Aqtau), or a duration ago (30m, 12h, 7d)')
            [CompletionResult]::new('--iin', '--iin', [CompletionResultType]::ParameterName, 'List only the requests of this person (the applicant''s IIN)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'List only the requests to this clinic (an operator sees only the own clinic''s)')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Refresh until the request is completed or refused')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;result' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also write the result to this file (atomically)')
            [CompletionResult]::new('--render', '--render', [CompletionResultType]::ParameterName, 'Also write the ticket for printing, in this format, to --render-out (in the language of --lang, else Russian)')
            [CompletionResult]::new('--render-out', '--render-out', [CompletionResultType]::ParameterName, 'Where --render writes the printable ticket (atomically)')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'The sheet of a rendered PDF or HTML ticket')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;verify-ticket' {
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'Trusted root (PEM or DER) [default: the embedded portal''s, when the home has one]')
            [CompletionResult]::new('--crl', '--crl', [CompletionResultType]::ParameterName, 'CRL of the issuing CA (PEM or DER) [default: the embedded portal''s]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When certificates must be valid: sigT (the claimed signing time), now, or an RFC 3339 time')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'The text of a printed ticket''s QR code, as a phone''s scanner gives it')
            [CompletionResult]::new('--qr-image', '--qr-image', [CompletionResultType]::ParameterName, 'A photo or scan of a printed ticket''s QR code (PNG or JPEG)')
            [CompletionResult]::new('--printed', '--printed', [CompletionResultType]::ParameterName, 'The printed ticket of the QR code: its HTML or text rendering, or its PDF''s text (pdftotext)')
            [CompletionResult]::new('--signer-cert', '--signer-cert', [CompletionResultType]::ParameterName, 'The signer''s certificate, then its issuing CA (PEM or DER) [default: the portal''s]')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Do not ask the portal whether it issued the ticket (check `issued`)')
            [CompletionResult]::new('--allow-superseded', '--allow-superseded', [CompletionResultType]::ParameterName, 'Let a ticket that a later attachment replaced pass `issued` (authentic, no longer in force)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;ticket' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a signed ticket (or a result holding one) for printing, with a QR code that proves it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;ticket;render' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'pdf (A4 or A5, fonts embedded), html (one self-contained page) or text (48 columns, for a receipt printer)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE (atomically) instead of standard output')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'The sheet of a PDF or HTML ticket')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;ticket;help' {
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a signed ticket (or a result holding one) for printing, with a QR code that proves it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;ticket;help;render' {
            break
        }
        'attach;ticket;help;help' {
            break
        }
        'attach;batch' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The operator''s signing key (as for `attach sign`)')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'The operator''s certificate [default: from a PKCS#12 key]')
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'The issuing CA [default: chain.pem beside --cert]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The clinic of rows without `org` [default: the operator''s]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The reason of rows without `reason` [default: first_attachment]')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Workers, each with a connection of its own and a few rows at a time; over HTTP, where they mostly wait, 16 to 32 do best [default: the number of cores]')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Part of every request''s identity: the same campaign never submits a row twice [default: the file''s name]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal [default: the CSV''s path with `.journal` added]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the rows and the summary to FILE (atomically, complete) instead of stdout')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The field separator [default: `;` or `,`, whichever the header has more of]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding: utf-8 or windows-1251 [default: UTF-8, or windows-1251 when the file''s first bytes beyond ASCII are not UTF-8 but are windows-1251, with a note]')
            [CompletionResult]::new('--render', '--render', [CompletionResultType]::ParameterName, 'Write each attached row''s ticket for printing, in this format, to --render-dir')
            [CompletionResult]::new('--render-dir', '--render-dir', [CompletionResultType]::ParameterName, 'Where --render writes the tickets, one a file named by its ticket number')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'The sheet of rendered PDF or HTML tickets')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row (IIN, clinic, reason) without submitting anything')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for each decision and report the ticket or the refusal')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;smoke' {
            [CompletionResult]::new('--junit', '--junit', [CompletionResultType]::ParameterName, 'Also write the steps as a JUnit XML report, for CI')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'With --portal: a citizen''s identity to use when the portal offers no test identities — key.pem, cert.pem, chain.pem and identity.json (`{"iin": …}`); the password from ATTACH_PASSWORD')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;iin' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;cert' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Path validation and revocation of a certificate, each check named: exit 0 or 7')
            [CompletionResult]::new('ocsp', 'ocsp', [CompletionResultType]::ParameterValue, 'Read a saved OCSP response (DER) and check its signature and responder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;cert;info' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;cert;verify' {
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'A trusted certificate (PEM or DER; repeatable) [default: the portal''s root]')
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'CA certificates that may stand between the certificate and a trusted one [default: chain.pem beside FILE]')
            [CompletionResult]::new('--crl', '--crl', [CompletionResultType]::ParameterName, 'CRLs (PEM or DER; the issuing CA''s, and the root''s for the issuing CA) [default: the portal''s, with its root]')
            [CompletionResult]::new('--ocsp-url', '--ocsp-url', [CompletionResultType]::ParameterName, 'Ask the OCSP responder at this URL first')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the certificate must be valid and not revoked: now, or an RFC 3339 time')
            [CompletionResult]::new('--purpose', '--purpose', [CompletionResultType]::ParameterName, 'What the certificate must be for')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--ocsp', '--ocsp', [CompletionResultType]::ParameterName, 'Ask the portal''s OCSP responder first [default when the portal''s root is the trust]')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Revocation by CRL only: no responder is asked')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'attach;cert;ocsp' {
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The issuing CA of the certificate asked about (and any other trusted certificate): the responder must be it, or a responder it delegated')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;cert;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Path validation and revocation of a certificate, each check named: exit 0 or 7')
            [CompletionResult]::new('ocsp', 'ocsp', [CompletionResultType]::ParameterValue, 'Read a saved OCSP response (DER) and check its signature and responder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;cert;help;info' {
            break
        }
        'attach;cert;help;verify' {
            break
        }
        'attach;cert;help;ocsp' {
            break
        }
        'attach;cert;help;help' {
            break
        }
        'attach;completions' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write one page for each command into DIR — attach.1, attach-status.1, attach-portal-nca-issue.1, … — instead of printing the main page')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the local portal''s state: certification authority, ГБД ФЛ, clinics; refuses an existing one without --force')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM')
            [CompletionResult]::new('people', 'people', [CompletionResultType]::ParameterValue, 'The seeded state database of individuals (ГБД ФЛ)')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'The messages the portal "sent" to phones on record: one-time codes for registration')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Quality indicators: requests by status, decided within the deadline, refusals')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show the portal''s settings, or change one: `attach portal settings KEY VALUE`')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Operator accounts of clinics')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'Accounts on the portal: list, unlock, reset a password')
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'Clinics of the directory: capacity, open or closed')
            [CompletionResult]::new('nca', 'nca', [CompletionResultType]::ParameterValue, 'The certification authority (НУЦ): issue, revoke, CRL, root')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;portal;init' {
            [CompletionResult]::new('--people', '--people', [CompletionResultType]::ParameterName, 'Synthetic residents to seed ГБД ФЛ with (besides the demo residents and clinic heads)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the synthetic registry: the same seed gives the same people')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing portal (a new certification authority: old certificates stop verifying)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on; port 0 picks a free one (the address is printed)')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'TLS certificate chain (PEM), e.g. from `attach portal nca issue-server`')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The TLS certificate''s key (PKCS#8 PEM)')
            [CompletionResult]::new('--max-in-flight', '--max-in-flight', [CompletionResultType]::ParameterName, 'Requests handled at once; more get 503 `overloaded`')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--allow-test-identities', '--allow-test-identities', [CompletionResultType]::ParameterName, 'Offer POST /v1/test/identities (synthetic people for `attach smoke`): for mock portals only, and on a loopback address unless --i-know-this-is-not-production')
            [CompletionResult]::new('--i-know-this-is-not-production', '--i-know-this-is-not-production', [CompletionResultType]::ParameterName, 'Allow --allow-test-identities on an address other hosts can reach: anyone there could mint people and certificates')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;people' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'List at most this many people, in registry order')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only residents of this region (Актау, Жанаозен, Бейнеуский, …)')
            [CompletionResult]::new('--attached-to', '--attached-to', [CompletionResultType]::ParameterName, 'Only people attached to this clinic')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--unattached', '--unattached', [CompletionResultType]::ParameterName, 'Only people attached to no clinic')
            [CompletionResult]::new('--living', '--living', [CompletionResultType]::ParameterName, 'Only the living (ГБД ФЛ keeps the deceased too)')
            [CompletionResult]::new('--minors', '--minors', [CompletionResultType]::ParameterName, 'Only children (under 18 today), listed with the parents ГБД ФЛ links to them')
            [CompletionResult]::new('--adults', '--adults', [CompletionResultType]::ParameterName, 'Only people of age (18 and over today)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;outbox' {
            [CompletionResult]::new('--iin', '--iin', [CompletionResultType]::ParameterName, 'Only the messages to this person''s phone on record')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;stats' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;settings' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;staff' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create (or reset) an operator account tied to one clinic')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Operator accounts, with their clinics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an operator account and end its sessions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;portal;staff;add' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The clinic, by directory id')
            [CompletionResult]::new('--iin', '--iin', [CompletionResultType]::ParameterName, 'The operator''s IIN; the person must be in ГБД ФЛ')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;staff;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only the operators of this clinic')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;staff;remove' {
            [CompletionResult]::new('--iin', '--iin', [CompletionResultType]::ParameterName, 'The account''s IIN')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;staff;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create (or reset) an operator account tied to one clinic')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Operator accounts, with their clinics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an operator account and end its sessions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;portal;staff;help;add' {
            break
        }
        'attach;portal;staff;help;list' {
            break
        }
        'attach;portal;staff;help;remove' {
            break
        }
        'attach;portal;staff;help;help' {
            break
        }
        'attach;portal;accounts' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every account: role, clinic, registration, lockout')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock an account locked after failed logins')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password and end the account''s sessions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;portal;accounts;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts of this role')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only the accounts locked now, after failed logins')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;accounts;unlock' {
            [CompletionResult]::new('--iin', '--iin', [CompletionResultType]::ParameterName, 'The account''s IIN')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;accounts;reset-password' {
            [CompletionResult]::new('--iin', '--iin', [CompletionResultType]::ParameterName, 'The account''s IIN')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the first line of standard input [default: ATTACH_PASSWORD, or a prompt]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;accounts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every account: role, clinic, registration, lockout')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock an account locked after failed logins')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password and end the account''s sessions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;portal;accounts;help;list' {
            break
        }
        'attach;portal;accounts;help;unlock' {
            break
        }
        'attach;portal;accounts;help;reset-password' {
            break
        }
        'attach;portal;accounts;help;help' {
            break
        }
        'attach;portal;orgs' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a clinic''s capacity, or open or close it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;portal;orgs;set' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;orgs;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a clinic''s capacity, or open or close it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;portal;orgs;help;set' {
            break
        }
        'attach;portal;orgs;help;help' {
            break
        }
        'attach;portal;nca' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a personal or employee certificate (and its key) into --out DIR')
            [CompletionResult]::new('issue-server', 'issue-server', [CompletionResultType]::ParameterValue, 'Issue a TLS server certificate for `portal serve`')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a certificate this authority issued')
            [CompletionResult]::new('crl', 'crl', [CompletionResultType]::ParameterValue, 'Print a freshly signed CRL (PEM)')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Print the root certificate (PEM): the trust anchor')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;portal;nca;issue' {
            [CompletionResult]::new('--iin', '--iin', [CompletionResultType]::ParameterName, 'The holder''s IIN')
            [CompletionResult]::new('--surname', '--surname', [CompletionResultType]::ParameterName, 'Surname [default: from ГБД ФЛ, when the person is there]')
            [CompletionResult]::new('--given', '--given', [CompletionResultType]::ParameterName, 'Given name')
            [CompletionResult]::new('--patronymic', '--patronymic', [CompletionResultType]::ParameterName, 'Patronymic (written to the GIVENNAME attribute, as the national authority does)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The holder''s clinic, by directory id (its BIN and name go into the certificate)')
            [CompletionResult]::new('--bin', '--bin', [CompletionResultType]::ParameterName, 'BIN of the holder''s organization')
            [CompletionResult]::new('--org-name', '--org-name', [CompletionResultType]::ParameterName, 'Name of the holder''s organization')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Whose certificate, as the national authority''s profile marks it: an individual''s; or, for an organization (--org or --bin), its head''s, a signer''s or an employee''s [default: individual without an organization, employee with one]')
            [CompletionResult]::new('--key-type', '--key-type', [CompletionResultType]::ParameterName, 'The algorithm of the key generated (not with --csr, which brings its own key)')
            [CompletionResult]::new('--csr', '--csr', [CompletionResultType]::ParameterName, 'Certify the key of this PKCS#10 request (PEM or DER) instead of generating one')
            [CompletionResult]::new('--valid-from', '--valid-from', [CompletionResultType]::ParameterName, 'Start of validity: RFC 3339 time or YYYY-MM-DD [default: now]')
            [CompletionResult]::new('--valid-days', '--valid-days', [CompletionResultType]::ParameterName, 'Days of validity from --valid-from (1 or more)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write key.pem, cert.pem and chain.pem to')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'An authentication certificate (clientAuth) instead of a signing one')
            [CompletionResult]::new('--p12', '--p12', [CompletionResultType]::ParameterName, 'Also write key.p12 (password from ATTACH_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;nca;issue-server' {
            [CompletionResult]::new('--dns', '--dns', [CompletionResultType]::ParameterName, 'DNS name of the server (repeatable)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'IP address of the server (repeatable)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write key.pem, cert.pem and chain.pem to (for --tls-key and --tls-cert)')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;nca;revoke' {
            [CompletionResult]::new('--serial', '--serial', [CompletionResultType]::ParameterName, 'Serial number in hexadecimal')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'The certificate file (PEM or DER)')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;nca;crl' {
            [CompletionResult]::new('--this-update', '--this-update', [CompletionResultType]::ParameterName, 'thisUpdate of the CRL: RFC 3339 time [default: now]. A past time makes a CRL that is already stale, to test verifiers')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days from thisUpdate to nextUpdate')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--root', '--root', [CompletionResultType]::ParameterName, 'The root''s CRL of the CAs below it instead (what `GET /v1/pki/crl/root` serves)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;nca;ca' {
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal to talk to over HTTP(S); without it, the embedded portal in the home')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Home directory: sessions and the embedded portal [default: $XDG_DATA_HOME/attach, or ~/.local/share/attach]')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'Extra trusted root for the portal''s TLS certificate (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table at a terminal, json otherwise]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, tables and tickets [default: $ATTACH_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: ru_* or kk_*), else en]')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a portal that is not on a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no notes, warnings, progress or -v lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: -v each HTTP request (method, URL, status, time, attempt; never a token or a body), -vv also the time of each stage')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'attach;portal;nca;help' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a personal or employee certificate (and its key) into --out DIR')
            [CompletionResult]::new('issue-server', 'issue-server', [CompletionResultType]::ParameterValue, 'Issue a TLS server certificate for `portal serve`')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a certificate this authority issued')
            [CompletionResult]::new('crl', 'crl', [CompletionResultType]::ParameterValue, 'Print a freshly signed CRL (PEM)')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Print the root certificate (PEM): the trust anchor')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;portal;nca;help;issue' {
            break
        }
        'attach;portal;nca;help;issue-server' {
            break
        }
        'attach;portal;nca;help;revoke' {
            break
        }
        'attach;portal;nca;help;crl' {
            break
        }
        'attach;portal;nca;help;ca' {
            break
        }
        'attach;portal;nca;help;help' {
            break
        }
        'attach;portal;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the local portal''s state: certification authority, ГБД ФЛ, clinics; refuses an existing one without --force')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM')
            [CompletionResult]::new('people', 'people', [CompletionResultType]::ParameterValue, 'The seeded state database of individuals (ГБД ФЛ)')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'The messages the portal "sent" to phones on record: one-time codes for registration')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Quality indicators: requests by status, decided within the deadline, refusals')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show the portal''s settings, or change one: `attach portal settings KEY VALUE`')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Operator accounts of clinics')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'Accounts on the portal: list, unlock, reset a password')
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'Clinics of the directory: capacity, open or closed')
            [CompletionResult]::new('nca', 'nca', [CompletionResultType]::ParameterValue, 'The certification authority (НУЦ): issue, revoke, CRL, root')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;portal;help;init' {
            break
        }
        'attach;portal;help;serve' {
            break
        }
        'attach;portal;help;people' {
            break
        }
        'attach;portal;help;outbox' {
            break
        }
        'attach;portal;help;stats' {
            break
        }
        'attach;portal;help;settings' {
            break
        }
        'attach;portal;help;staff' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create (or reset) an operator account tied to one clinic')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Operator accounts, with their clinics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an operator account and end its sessions')
            break
        }
        'attach;portal;help;staff;add' {
            break
        }
        'attach;portal;help;staff;list' {
            break
        }
        'attach;portal;help;staff;remove' {
            break
        }
        'attach;portal;help;accounts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every account: role, clinic, registration, lockout')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock an account locked after failed logins')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password and end the account''s sessions')
            break
        }
        'attach;portal;help;accounts;list' {
            break
        }
        'attach;portal;help;accounts;unlock' {
            break
        }
        'attach;portal;help;accounts;reset-password' {
            break
        }
        'attach;portal;help;orgs' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a clinic''s capacity, or open or close it')
            break
        }
        'attach;portal;help;orgs;set' {
            break
        }
        'attach;portal;help;nca' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a personal or employee certificate (and its key) into --out DIR')
            [CompletionResult]::new('issue-server', 'issue-server', [CompletionResultType]::ParameterValue, 'Issue a TLS server certificate for `portal serve`')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a certificate this authority issued')
            [CompletionResult]::new('crl', 'crl', [CompletionResultType]::ParameterValue, 'Print a freshly signed CRL (PEM)')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Print the root certificate (PEM): the trust anchor')
            break
        }
        'attach;portal;help;nca;issue' {
            break
        }
        'attach;portal;help;nca;issue-server' {
            break
        }
        'attach;portal;help;nca;revoke' {
            break
        }
        'attach;portal;help;nca;crl' {
            break
        }
        'attach;portal;help;nca;ca' {
            break
        }
        'attach;portal;help;help' {
            break
        }
        'attach;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register on the portal (the person must be in ГБД ФЛ)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in; the session is kept in the home')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Who the session is: the person, the role, the clinic and until when')
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'The directory of clinics')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Fill an attachment request (printed as JSON, for `attach sign`)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a request or ticket document (JWS over its JCS form)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a signed request; prints the receipt')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'A request''s status, or every request of the session')
            [CompletionResult]::new('result', 'result', [CompletionResultType]::ParameterValue, 'The ticket of a completed request, or the reasoned refusal')
            [CompletionResult]::new('verify-ticket', 'verify-ticket', [CompletionResultType]::ParameterValue, 'Verify a signed attachment ticket')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Printable tickets: a signed ticket as PDF, HTML or text for a receipt printer')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Submit for every row of a CSV file, as an operator (journaled: exactly once)')
            [CompletionResult]::new('smoke', 'smoke', [CompletionResultType]::ParameterValue, 'The whole journey for a fresh synthetic citizen, step by step')
            [CompletionResult]::new('iin', 'iin', [CompletionResultType]::ParameterValue, 'Check identification numbers: validity, birth date and sex')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'Certificates of the national authority: who, for what, valid, revoked (OCSP, CRL)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('portal', 'portal', [CompletionResultType]::ParameterValue, 'Administer the local (embedded) portal in the home')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'attach;help;register' {
            break
        }
        'attach;help;login' {
            break
        }
        'attach;help;logout' {
            break
        }
        'attach;help;me' {
            break
        }
        'attach;help;orgs' {
            break
        }
        'attach;help;request' {
            break
        }
        'attach;help;sign' {
            break
        }
        'attach;help;submit' {
            break
        }
        'attach;help;status' {
            break
        }
        'attach;help;result' {
            break
        }
        'attach;help;verify-ticket' {
            break
        }
        'attach;help;ticket' {
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a signed ticket (or a result holding one) for printing, with a QR code that proves it')
            break
        }
        'attach;help;ticket;render' {
            break
        }
        'attach;help;batch' {
            break
        }
        'attach;help;smoke' {
            break
        }
        'attach;help;iin' {
            break
        }
        'attach;help;cert' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Whose certificate, for what: PEM, DER or PKCS#12 (password as for `sign`)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Path validation and revocation of a certificate, each check named: exit 0 or 7')
            [CompletionResult]::new('ocsp', 'ocsp', [CompletionResultType]::ParameterValue, 'Read a saved OCSP response (DER) and check its signature and responder')
            break
        }
        'attach;help;cert;info' {
            break
        }
        'attach;help;cert;verify' {
            break
        }
        'attach;help;cert;ocsp' {
            break
        }
        'attach;help;completions' {
            break
        }
        'attach;help;man' {
            break
        }
        'attach;help;portal' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the local portal''s state: certification authority, ГБД ФЛ, clinics; refuses an existing one without --force')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the portal API over HTTP(S) from this home, until SIGINT or SIGTERM')
            [CompletionResult]::new('people', 'people', [CompletionResultType]::ParameterValue, 'The seeded state database of individuals (ГБД ФЛ)')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'The messages the portal "sent" to phones on record: one-time codes for registration')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Quality indicators: requests by status, decided within the deadline, refusals')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show the portal''s settings, or change one: `attach portal settings KEY VALUE`')
            [CompletionResult]::new('staff', 'staff', [CompletionResultType]::ParameterValue, 'Operator accounts of clinics')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'Accounts on the portal: list, unlock, reset a password')
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'Clinics of the directory: capacity, open or closed')
            [CompletionResult]::new('nca', 'nca', [CompletionResultType]::ParameterValue, 'The certification authority (НУЦ): issue, revoke, CRL, root')
            break
        }
        'attach;help;portal;init' {
            break
        }
        'attach;help;portal;serve' {
            break
        }
        'attach;help;portal;people' {
            break
        }
        'attach;help;portal;outbox' {
            break
        }
        'attach;help;portal;stats' {
            break
        }
        'attach;help;portal;settings' {
            break
        }
        'attach;help;portal;staff' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create (or reset) an operator account tied to one clinic')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Operator accounts, with their clinics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an operator account and end its sessions')
            break
        }
        'attach;help;portal;staff;add' {
            break
        }
        'attach;help;portal;staff;list' {
            break
        }
        'attach;help;portal;staff;remove' {
            break
        }
        'attach;help;portal;accounts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every account: role, clinic, registration, lockout')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock an account locked after failed logins')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password and end the account''s sessions')
            break
        }
        'attach;help;portal;accounts;list' {
            break
        }
        'attach;help;portal;accounts;unlock' {
            break
        }
        'attach;help;portal;accounts;reset-password' {
            break
        }
        'attach;help;portal;orgs' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a clinic''s capacity, or open or close it')
            break
        }
        'attach;help;portal;orgs;set' {
            break
        }
        'attach;help;portal;nca' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a personal or employee certificate (and its key) into --out DIR')
            [CompletionResult]::new('issue-server', 'issue-server', [CompletionResultType]::ParameterValue, 'Issue a TLS server certificate for `portal serve`')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a certificate this authority issued')
            [CompletionResult]::new('crl', 'crl', [CompletionResultType]::ParameterValue, 'Print a freshly signed CRL (PEM)')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Print the root certificate (PEM): the trust anchor')
            break
        }
        'attach;help;portal;nca;issue' {
            break
        }
        'attach;help;portal;nca;issue-server' {
            break
        }
        'attach;help;portal;nca;revoke' {
            break
        }
        'attach;help;portal;nca;crl' {
            break
        }
        'attach;help;portal;nca;ca' {
            break
        }
        'attach;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
