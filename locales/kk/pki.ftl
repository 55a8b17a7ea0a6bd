# attach-тің сертификаттар, кілттер, КҚС (CRL) және OCSP туралы хабарлары (src/pki, cert, ocsp), қазақша.

## Сертификаттау жолы: неге қабылданбады

path-no-issuer = `{ $cert }` сертификатын берушісі сенімді сертификаттардың арасында да, x5c ішінде де жоқ (басқа куәландырушы орталық па?)
path-untrusted-root = тізбек `{ $cert }` сертификатында аяқталады, бұл сенім жоқ түбірлік сертификат
path-alg-mismatch = `{ $cert }` { $alg } алгоритмімен қол қойылған, ол `{ $issuer }` кілтіне сәйкес келмейді
path-bad-signature = `{ $cert }` сертификатындағы қолтаңба `{ $issuer }` кілтімен тексеруден өтпейді
path-signer-is-ca = `{ $cert }` — куәландырушы орталықтың сертификаты: куәландырушы орталық ешқашан құжаттарға қол қоймайды
path-not-ca = `{ $cert }` куәландырушы орталық емес (basicConstraints ішінде cA орнатылмаған)
path-no-cert-sign = `{ $cert }` сертификаттарға қол қоя алмайды: оның keyUsage ішінде keyCertSign жоқ
path-len = `{ $cert }` өзінен төмен { $len } куәландырушы орталық сертификатына рұқсат береді (pathLenConstraint), ал одан кейін { $found } сертификат тұр
path-unknown-critical = `{ $cert }` ішінде өңделмейтін { $oid } сыни кеңейтімі бар
path-profile = `{ $cert }` сертификат бейінін бұзады: { $fault }
path-name-constraints = `{ $cert }` `{ $ca }` атауларына қойылған шектеулерді бұзады: { $violation }
path-too-long = жолда { $max } куәландырушы орталық сертификатынан немесе { $total } сертификаттан көп болар еді
path-too-many-candidates = { $count } ықтимал берушінің арасынан жол табылмады
path-not-valid = { $cert } { $from } бастап { $to } дейін жарамды, бірақ { $at } кезінде жарамсыз
path-issuer-unknown = сертификатты берген куәландырушы орталық x5c ішінде жоқ, сондықтан КҚС (CRL) тексеру мүмкін емес
path-no-crl = `{ $issuer }` шығарған КҚС (CRL) жоқ (КҚС басқа куәландырушы орталықтан)
path-crl-not-signed = КҚС (CRL) `{ $issuer }` қол қоймаған
path-no-crl-sign = `{ $issuer }` КҚС-қа (CRL) қол қоя алмайды: оның keyUsage ішінде cRLSign жоқ
path-crl-unusable = `{ $issuer }` шығарған КҚС (CRL) жарамсыз: { $fault }
path-crl-scope = `{ $issuer }` шығарған КҚС (CRL) { $what ->
    [CA] куәландырушы орталықтардың сертификаттарын
   *[other] соңғы субъектілердің сертификаттарын
} қамтымайды
path-crl-future = КҚС (CRL) болашақ күнмен белгіленген ({ $this_update })
path-crl-stale = КҚС (CRL) ескірген: оның nextUpdate { $next_update } уақыты өтіп кеткен
path-crl-no-next-update = КҚС (CRL) ішінде nextUpdate жоқ, сондықтан оның өзектілігі белгісіз
path-revoked = { $cert } { $revoked } кезінде, тексерілетін сәттен ({ $at }) кешіктірілмей кері қайтарылған
path-ocsp = OCSP: { $fault } ({ $responder } сұралды)
path-ocsp-revoked = OCSP: { $cert } { $revoked } кезінде, тексерілетін сәттен ({ $at }) кешіктірілмей кері қайтарылған (`{ $responder }` жауап берді)
path-ocsp-unreachable = OCSP қолжетімсіз ({ $why }); КҚС (CRL): { $crl }
path-label-serial = сериялық нөмірі { $serial }
path-no-aki = онда authorityKeyIdentifier жоқ

## Файлды оқығандағы BER және DER

ber-trailing = элементтен кейін тағы { $count } байт бар
ber-too-deep = элементтердің ұялау тереңдігі { $depth } деңгейден асады
ber-short = деректер элементтің ішінде үзіледі
ber-tag-too-long = тег нөмірі тым ұзын
ber-indefinite-primitive = ұзындығы анықталмаған қарапайым элемент
ber-length-too-long = ұзындық тым ұзын
ber-empty-bit-string-piece = BIT STRING-тің бос бөлігі
ber-piece-type = басқа типті жолдың бөлігі

## Куәландырушы орталық

ca-csr = сертификатқа сұрау: { $why }
ca-no-randomness = кездейсоқ сандар көзі жоқ
ca-uri-unwritable = `{ $text }` сертификатқа жазылмайды: { $why }
ca-not-csr = бұл PKCS#10 сертификатқа сұрауы емес: { $why }
ca-csr-supported = қолдау көрсетілетіндері: ECDSA P-256, Ed25519, 2048 биттен кем емес RSA
ca-csr-rsa-bits = оның кілті — { $bits } биттік RSA; { $supported }
ca-csr-ec-curve = { $curve } қисығындағы EC кілті
ca-csr-key-alg = { $oid } алгоритмінің кілті
ca-csr-key = оның кілті — { $what }; { $supported }
ca-ed25519-layout = Ed25519 кілті ring жазатын PKCS#8 құрылымында емес

## Сертификат RFC 5280 бейінін қалай бұзады

ext-signature-alg-differs = оның signatureAlgorithm мәні ішіндегі қолтаңба алгоритмінен өзгеше
ext-issuer-empty = оның берушісінің атауы бос
ext-repeated = { $oid } кеңейтімі бірнеше рет кездеседі
ext-malformed = оның { $name } кеңейтімі бұзылған
ext-eku-empty = оның extendedKeyUsage ішінде бірде-бір мақсат аталмаған
ext-san-empty = оның subjectAltName бос
ext-san-not-critical = оның субъектісі бос, ал subjectAltName сыни деп белгіленбеген
ext-name-constraints = оның атауларға қойылған шектеулері жарамсыз: { $why }
ext-policy-constraints-not-critical = оның policyConstraints кеңейтімі сыни деп белгіленбеген
ext-policy-constraints = онда policyConstraints бар, ал сертификат саясаттары өңделмейді
ext-policy-mappings = онда policyMappings бар, ал сертификат саясаттары өңделмейді
ext-inhibit-any-policy-not-critical = оның inhibitAnyPolicy кеңейтімі сыни деп белгіленбеген
ext-critical = оның { $name } кеңейтімі сыни деп белгіленген
ext-name-constraints-not-critical = оның nameConstraints кеңейтімі сыни деп белгіленбеген
ext-no-subject-no-san = оның субъектісі бос және subjectAltName жоқ
ext-cert-sign-not-ca = оның keyUsage ішінде keyCertSign бар, бірақ ол куәландырушы орталық емес
ext-path-len-not-ca = онда pathLenConstraint бар, бірақ ол сертификаттарға қол қоятын куәландырушы орталық емес
ext-name-constraints-not-ca = онда атауларға шектеулер бар, ал оларды тек куәландырушы орталық қоя алады
ext-basic-not-critical = бұл куәландырушы орталық, ал оның basicConstraints сыни деп белгіленбеген
ext-ca-no-ski = бұл subjectKeyIdentifier жоқ куәландырушы орталық
ext-ca-empty-subject = бұл субъектісі бос куәландырушы орталық
ext-serial-unencodable = оның сериялық нөмірін кодтау мүмкін емес
ext-serial-negative = оның сериялық нөмірі теріс
ext-serial-zero = оның сериялық нөмірі нөлге тең
ext-serial-long = оның сериялық нөмірінің ұзындығы { $count } октет (ең көбі 20)

## Атауларға қойылған шектеулер

names-empty-subtrees = оның { $which } ішкі ағаштары — бос тізбек
names-no-subtrees = онда рұқсат етілген де, алынып тасталған да ішкі ағаштар жоқ
names-subtree-bounds = ішкі ағашқа минимум немесе максимум берілген (RFC 5280: минимум 0, максимумсыз)
names-no-mailbox = `{ $text }` — пошта жәшігі емес
names-no-domain = `{ $text }` — домен емес
names-no-host = `{ $text }` — хост атауы емес
names-dns-not-domain = `{ $text }` dNSName шектеуі — домен атауы емес
names-ip-length = { $count } байттық iPAddress шектеуі (8 немесе 32 болуы керек: мекенжай және маска)
names-ip-mask = { $mask } iPAddress шектеуінің маскасы префикс емес
names-malformed = бұзылған { $form } атауы `{ $text }`
names-unprocessed = { $form } түріндегі атау
names-not-permitted = { $name } оның рұқсат етілген ішкі ағаштарының ешқайсысына кірмейді
names-excluded = { $name } оның алынып тасталған ішкі ағаштарының біріне кіреді
names-malformed-violation = ол осы түрдегі атауларды шектейді, ал { $name } атауын олардың ешқайсысына жатқызу мүмкін емес
names-unprocessed-violation = ол өңделмейтін { $form } түріндегі атауларды шектейді, ал сертификатта ондай атау бар
names-too-many = оны тексеру үшін { $count } атау салыстыруынан көп қажет болар еді, бұл бір тексеруге рұқсат етілгеннен көп

## КҚС (CRL)

crl-signature-alg-differs = оның signatureAlgorithm мәні ішіндегісінен өзгеше
crl-no-number = онда CRLNumber жоқ
crl-number-critical = оның CRLNumber сыни деп белгіленген
crl-numbers = онда бірнеше CRLNumber бар
crl-indirect = бұл жанама немесе (себептер бойынша) ішінара КҚС, ондайлар өңделмейді
crl-attribute-certs = ол тек атрибуттық сертификаттарды қамтиды
crl-idp-malformed = оның issuingDistributionPoint бұзылған
crl-unknown-critical = онда өңделмейтін { $oid } сыни кеңейтімі бар
crl-entry-unknown-critical = жазбалардың бірінде өңделмейтін { $oid } сыни кеңейтімі бар
crl-not-x509 = бұл X.509 КҚС (CRL) емес: { $why }
crl-no-tbs = КҚС (CRL) ішінде қол қойылатын бөлік жоқ

## Сертификаттар

cert-not-x509 = бұл X.509 сертификаты емес: { $why }
cert-no-tbs = сертификатта қол қойылатын бөлік жоқ
cert-no-key-usage = сертификатта keyUsage кеңейтімі жоқ
cert-auth-cannot-sign = аутентификация сертификатымен (clientAuth / keyEncipherment) құжаттарға қол қоюға болмайды
cert-lacks-signing-usage = keyUsage ішінде digitalSignature және nonRepudiation жоқ
cert-signing-cannot-authenticate = қол қою сертификаты жеке басты растамайды: аутентификация сертификатын (clientAuth) пайдаланыңыз
cert-lacks-digital-signature = keyUsage ішінде digitalSignature жоқ

## ГОСТ алгоритмдері

gost-unsupported = { $what } — { $name } ({ $oid }): ГОСТ кілттері мен қолтаңбаларына қолдау көрсетілмейді (тек ECDSA P-256, Ed25519 және RSA)
gost-the-key = кілт
gost-its-key = оның кілті
gost-its-signature = оның қолтаңбасы
gost-its-encryption = оның шифрлауы

## Кілттер

key-rsa-too-short = RSA кілті 2048 биттен қысқа
key-unreadable = бұл PKCS#8 P-256, Ed25519 немесе RSA жабық кілті де, PKCS#1 RSA кілті де емес
key-no-pem-block = PRIVATE KEY PEM блогы жоқ
key-encrypted-pkcs8 = шифрланған PKCS#8 кілттері оқылмайды: кілтті `openssl pkey -in KEY -out plain.pem` командасымен шифрдан шығарыңыз (ол құпиясөзді сұрайды) немесе ATTACH_KEY_PASSWORD арқылы PKCS#12 файлын пайдаланыңыз
key-sec1 = SEC1 пішіміндегі EC кілттері оқылмайды; оларды `openssl pkcs8 -topk8 -nocrypt` арқылы түрлендіріңіз
key-pem-block = `{ $label }` PEM блогына қолдау көрсетілмейді
key-pkcs12-no-key = жабық кілт жоқ
key-no-randomness = кездейсоқ сандар көзі жоқ

## PKCS#12 қоймалары

p12-wrong-password = ашылмайды (құпиясөз қате ме?): оның MAC мәні осы құпиясөзбен сәйкес келмейді
p12-cannot-open = ашылмайды: { $why }
p12-not-keystore = бұл PKCS#12 кілттер қоймасы емес: { $why }
p12-not-ber = бұл BER де, DER де емес: { $why }
p12-not-sequence = бұл SEQUENCE емес
p12-no-safe = authenticated safe жоқ
p12-safe-not-data = оның authenticated safe бөлігі data емес
p12-safe = оның authenticated safe бөлігі: { $why }
p12-data-without-octets = мазмұны жоқ data типті ContentInfo
p12-encrypted-data-shape = басқа құрылымды EncryptedData
p12-mac-data = оның MAC бөлігі PKCS#12 MacData емес
p12-mac-iterations = оның MAC мәні { $count } итерацияны талап етеді
p12-mac-digest = ашылмайды: оның MAC мәні { $digest } хэш функциясын пайдаланады

## PEM

pem-not-utf8 = PEM мәтіні UTF-8 кодтауында емес
pem-no-end = `{ $label }` PEM блогында END жолы жоқ
pem-base64 = `{ $label }` PEM блогы дұрыс base64 емес: { $why }
pem-no-block = `{ $label }` PEM блогы жоқ

## OCSP жауаптары

ocsp-malformed = жауап OCSP жауабы емес: { $why }
ocsp-status = OCSP сервері мәртебенің орнына `{ $status }` деп жауап берді
ocsp-not-basic = жауаптың типі { $kind }, ол негізгі OCSP жауабы емес
ocsp-unverifiable = жауапқа { $alg } алгоритмімен қол қойылған, оны мұнда тексеру мүмкін емес{ $what }
ocsp-unverifiable-gost = {" "}(ГОСТ қолтаңбаларына қолдау көрсетілмейді)
ocsp-unverifiable-key = {" "}(`{ $signer }` кілтімен)
ocsp-bad-signature = жауаптың қолтаңбасы `{ $signer }` кілтімен тексеруден өтпейді
ocsp-unauthorized = жауапқа { $responder } қол қойған, ол `{ $issuer }` те емес, оның OCSP жауаптарына қол қоюды тапсырған сервері де емес
ocsp-responder-invalid = `{ $responder }` OCSP сервері: { $why }
ocsp-responder-not-valid = { $from } бастап { $to } дейін жарамды, бірақ қазір жарамсыз
ocsp-responder-no-digital-signature = қол қоя алмайды: оның keyUsage ішінде digitalSignature жоқ
ocsp-responder-revoked = өз берушісінің КҚС (CRL) бойынша кері қайтарылған
ocsp-responder-named = { $name } атты OCSP сервері
ocsp-responder-by-key = SHA-1 кілті { $hash }
ocsp-other-certificate = жауап бұл сертификатты атамайды (`{ $issuer }` берген { $serial } сериялық нөмірі): ол басқа сертификат туралы
ocsp-nonce-other = жауаптағы nonce жіберілгенінен өзгеше (қайталау ма?)
ocsp-nonce-missing = жауапта nonce жоқ, бірақ ол жіберілген еді (қайталау ма?)
ocsp-future = жауап болашақ күнмен белгіленген (thisUpdate { $this_update })
ocsp-stale = жауап ескірген: { $why }
ocsp-stale-next-update = оның nextUpdate { $next } уақыты өтіп кеткен
ocsp-stale-no-next-update = онда nextUpdate жоқ, ал оның thisUpdate { $this } уақытынан бері бір сағаттан көп өтті
ocsp-unknown = OCSP сервері бұл сертификатты білмейді (мәртебесі unknown)
ocsp-no-randomness = OCSP nonce үшін кездейсоқ сандар көзі жоқ
ocsp-empty = сәтті, бірақ бос
ocsp-no-data = жауап деректері жоқ
ocsp-signing-key = OCSP қол қою кілті P-256 кілті емес: { $why }

## cert info

cert-info-field = өріс
cert-info-value = мәні
cert-info-subject = субъект
cert-info-iin = ЖСН
cert-info-bin = БСН
cert-info-surname = тегі
cert-info-given-name = аты
cert-info-patronymic = әкесінің аты
cert-info-organization = ұйым
cert-info-role = рөлі
cert-info-purpose = мақсаты
cert-info-key = кілт
cert-info-signature = қолтаңба
cert-info-valid = жарамдылығы
cert-info-issuer = беруші
cert-info-serial = сериялық нөмірі
cert-info-crl = КҚС (CRL)
cert-info-ocsp = OCSP
cert-info-ca-issuers = берушілер (CA issuers)
cert-info-invalid-number = { $value } (ЖАРАМСЫЗ: { $why })
cert-info-fails-check = тексеруден өтпейді
cert-info-key-unsupported = { $key } — қолдау көрсетілмейді
cert-info-valid-range = { $from } бастап { $to } дейін
cert-info-role-value = { $role ->
    [individual] жеке тұлға
    [head] бірінші басшы
    [signer] қол қою құқығы бар тұлға
   *[employee] қызметкер
}
cert-info-purpose-value = { $purpose ->
    [ca] куәландырушы орталық
    [ocsp] OCSP
    [authentication] аутентификация
    [signing] қол қою
    [server] сервер
   *[other] басқа
}

## cert ocsp

cert-ocsp-not-checked = тексерілмеді: { $detail }
cert-ocsp-not-der = DER пішіміндегі OCSP жауабы емес: { $why }
cert-ocsp-no-signed-data = жауапта қол қойылған деректер жоқ
cert-ocsp-responder-cert-missing = OCSP серверінің сертификаты жауапта да, --trust арқылы берілгендерде де жоқ
cert-ocsp-responder-unknown = OCSP сервері белгісіз
cert-ocsp-verifies = `{ $signer }` кілтімен тексеруден өтеді
cert-ocsp-unverifiable = { $alg } алгоритмімен қол қойылған, оны мұнда тексеру мүмкін емес{ $what }
cert-ocsp-signature-not-checked = қолтаңба тексерілмеді
cert-ocsp-signature-bad = қолтаңба тексеруден өтпейді
cert-ocsp-pass-issuer = сұралған сертификатты берген куәландырушы орталықты --trust арқылы беріңіз
cert-ocsp-issuer-itself = сертификатты берген `{ $issuer }` куәландырушы орталығының өзі
cert-ocsp-delegated = `{ $signer }`, `{ $issuer }` тапсыруымен (id-kp-OCSPSigning)
cert-ocsp-yes = иә
cert-ocsp-no = ЖОҚ
cert-ocsp-not-checked-word = тексерілмеді
cert-ocsp-verdict = { $word }: { $detail }
cert-ocsp-response-status = жауап мәртебесі
cert-ocsp-produced-at = жауап уақыты
cert-ocsp-responder = OCSP сервері
cert-ocsp-nonce = nonce
cert-ocsp-signed-with = қолтаңба алгоритмі
cert-ocsp-certificate = сертификат
cert-ocsp-certificate-id = сериялық нөмірі { $serial } ({ $hash })
cert-ocsp-issuer-hashes = беруші хэштері
cert-ocsp-hashes = атауы { $name }, кілті { $key }
cert-ocsp-revoked-at = { $at } кері қайтарылған
cert-ocsp-status = мәртебесі
cert-ocsp-status-value = { $status ->
    [good] жарамды
    [revoked] кері қайтарылған
   *[unknown] белгісіз
}
cert-ocsp-this-update = thisUpdate
cert-ocsp-next-update = nextUpdate
cert-ocsp-signature = қолтаңба
cert-ocsp-responder-authority = OCSP серверінің өкілеттігі

## cert verify

cert-verify-gost = тексеру мүмкін емес: { $why }
cert-verify-purpose-any = «{ $purpose }» мақсатына арналған сертификат (--purpose берілмеген)
cert-verify-auth-ok = digitalSignature және clientAuth: аутентификация сертификаты
cert-verify-not-auth = «{ $purpose }» мақсатына арналған сертификат, аутентификацияға емес (digitalSignature және clientAuth)
cert-verify-at = `{ $text }` — now да, RFC 3339 уақыты да емес
cert-verify-headline = { $valid ->
    [yes] ЖАРАМДЫ
   *[no] ЖАРАМСЫЗ
}
cert-verify-check = тексеру
cert-verify-ok = сәтті
cert-verify-detail = толығырақ
cert-verify-no-portal = сұрайтын ешкім жоқ: --portal URL, ендірілген порталы бар үй каталогын немесе --ocsp-url URL көрсетіңіз
cert-none-in-file = сертификат жоқ

## OCSP серверіне сұрау

ocsp-portal-responder = порталдың OCSP сервері ({ $portal })
ocsp-url-responder = { $url } мекенжайындағы OCSP сервері
ocsp-url-scheme = `{ $url }` — http:// немесе https:// мекенжайы емес
ocsp-url-http-status = { $url } HTTP { $status } деп жауап берді
