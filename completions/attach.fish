# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_attach_global_optspecs
    string join \n portal= home= tls-ca= insecure-http o/output= q/quiet v/verbose h/help V/version
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
complete -c attach -n "__fish_attach_needs_command" -l home -d 'Home directory: sessions and the embedded portal [default: ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_needs_command" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_needs_command" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_needs_command" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_needs_command" -s q -l quiet -d 'Print only data and errors'
complete -c attach -n "__fish_attach_needs_command" -s v -l verbose -d 'Say more on stderr'
complete -c attach -n "__fish_attach_needs_command" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_needs_command" -s V -l version -d 'Print version'
complete -c attach -n "__fish_attach_needs_command" -f -a "iin" -d 'Check identification numbers: validity, birth date and sex'
complete -c attach -n "__fish_attach_needs_command" -f -a "sign" -d 'Sign a request or ticket document (JWS over its JCS form)'
complete -c attach -n "__fish_attach_needs_command" -f -a "verify-ticket" -d 'Verify a signed attachment ticket'
complete -c attach -n "__fish_attach_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c attach -n "__fish_attach_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c attach -n "__fish_attach_needs_command" -f -a "portal" -d 'Administer the local (embedded) portal in the home'
complete -c attach -n "__fish_attach_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand iin" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand iin" -l home -d 'Home directory: sessions and the embedded portal [default: ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand iin" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand iin" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand iin" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand iin" -s q -l quiet -d 'Print only data and errors'
complete -c attach -n "__fish_attach_using_subcommand iin" -s v -l verbose -d 'Say more on stderr'
complete -c attach -n "__fish_attach_using_subcommand iin" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand sign" -l key -d 'Private key: PKCS#8 (PEM or DER), PKCS#1 RSA, or PKCS#12 (.p12; password from ATTACH_KEY_PASSWORD or a prompt)' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l cert -d 'Signer\'s certificate (PEM or DER) [default: from the PKCS#12 file]' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l chain -d 'Issuing CA certificate [default: chain.pem beside --cert, or the PKCS#12 file\'s]' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l trust -d 'Trusted root (PEM or DER) [default: the embedded portal\'s, when the home has one]' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l crl -d 'CRL of the issuing CA (PEM or DER) [default: the embedded portal\'s]' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand sign" -l home -d 'Home directory: sessions and the embedded portal [default: ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand sign" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand sign" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand sign" -s q -l quiet -d 'Print only data and errors'
complete -c attach -n "__fish_attach_using_subcommand sign" -s v -l verbose -d 'Say more on stderr'
complete -c attach -n "__fish_attach_using_subcommand sign" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l trust -d 'Trusted root (PEM or DER) [default: the embedded portal\'s, when the home has one]' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l crl -d 'CRL of the issuing CA (PEM or DER) [default: the embedded portal\'s]' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l at -d 'When certificates must be valid: sigT (the claimed signing time), now, or an RFC 3339 time' -r
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l home -d 'Home directory: sessions and the embedded portal [default: ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l offline -d 'Do not ask a portal whether it issued the ticket'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -s q -l quiet -d 'Print only data and errors'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -s v -l verbose -d 'Say more on stderr'
complete -c attach -n "__fish_attach_using_subcommand verify-ticket" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand completions" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand completions" -l home -d 'Home directory: sessions and the embedded portal [default: ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand completions" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand completions" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand completions" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand completions" -s q -l quiet -d 'Print only data and errors'
complete -c attach -n "__fish_attach_using_subcommand completions" -s v -l verbose -d 'Say more on stderr'
complete -c attach -n "__fish_attach_using_subcommand completions" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand man" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand man" -l home -d 'Home directory: sessions and the embedded portal [default: ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand man" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand man" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand man" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand man" -s q -l quiet -d 'Print only data and errors'
complete -c attach -n "__fish_attach_using_subcommand man" -s v -l verbose -d 'Say more on stderr'
complete -c attach -n "__fish_attach_using_subcommand man" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -l home -d 'Home directory: sessions and the embedded portal [default: ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -s q -l quiet -d 'Print only data and errors'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -s v -l verbose -d 'Say more on stderr'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -f -a "init" -d 'Create the local portal\'s state (certification authority); refuses an existing one without --force'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -f -a "nca" -d 'The certification authority (НУЦ): issue, revoke, CRL, root'
complete -c attach -n "__fish_attach_using_subcommand portal; and not __fish_seen_subcommand_from init nca help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l home -d 'Home directory: sessions and the embedded portal [default: ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l force -d 'Replace an existing portal (a new certification authority: old certificates stop verifying)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only data and errors'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Say more on stderr'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -l portal -d 'Portal to talk to over HTTP(S); without it, the embedded portal in the home' -r
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -l home -d 'Home directory: sessions and the embedded portal [default: ~/.local/share/attach]' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -l tls-ca -d 'Extra trusted root for the portal\'s TLS certificate (PEM)' -r -F
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -s o -l output -d 'Output format [default: table at a terminal, json otherwise]' -r -f -a "json\t''
table\t''"
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -l insecure-http -d 'Allow plain http:// to a portal that is not on a loopback address'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -s q -l quiet -d 'Print only data and errors'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -s v -l verbose -d 'Say more on stderr'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -s h -l help -d 'Print help'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "issue" -d 'Issue a personal or employee certificate (and its key) into --out DIR'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "issue-server" -d 'Issue a TLS server certificate for `portal serve`'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "revoke" -d 'Revoke a certificate this authority issued'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "crl" -d 'Print a freshly signed CRL (PEM)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "ca" -d 'Print the root certificate (PEM): the trust anchor'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from nca" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the local portal\'s state (certification authority); refuses an existing one without --force'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "nca" -d 'The certification authority (НУЦ): issue, revoke, CRL, root'
complete -c attach -n "__fish_attach_using_subcommand portal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from iin sign verify-ticket completions man portal help" -f -a "iin" -d 'Check identification numbers: validity, birth date and sex'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from iin sign verify-ticket completions man portal help" -f -a "sign" -d 'Sign a request or ticket document (JWS over its JCS form)'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from iin sign verify-ticket completions man portal help" -f -a "verify-ticket" -d 'Verify a signed attachment ticket'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from iin sign verify-ticket completions man portal help" -f -a "completions" -d 'Print a shell completion script'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from iin sign verify-ticket completions man portal help" -f -a "man" -d 'Print the man page (roff)'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from iin sign verify-ticket completions man portal help" -f -a "portal" -d 'Administer the local (embedded) portal in the home'
complete -c attach -n "__fish_attach_using_subcommand help; and not __fish_seen_subcommand_from iin sign verify-ticket completions man portal help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "init" -d 'Create the local portal\'s state (certification authority); refuses an existing one without --force'
complete -c attach -n "__fish_attach_using_subcommand help; and __fish_seen_subcommand_from portal" -f -a "nca" -d 'The certification authority (НУЦ): issue, revoke, CRL, root'
