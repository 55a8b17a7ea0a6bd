# attach хабарламалары қазақ тілінде. Кілттер мен орын толтырғыштар ({ $name }) ағылшын
# каталогындағыдай (мұны тест тексереді); терминдер — locales/GLOSSARY.md бойынша.

batch-rows = { $count } жол

## Қателер

err-read = `{ $path }` оқылмады: { $why }
err-write = `{ $path }` жазылмады: { $why }
err-io = { $what }: { $why }
err-invalid-iin = ЖСН `{ $iin }` қате: { $why }
err-invalid-bin = БСН `{ $bin }` қате: { $why }
err-refused = қолтаңба қабылданбады ({ $check }): { $detail }
err-no-trust-anchor = сенімді түбірлік сертификат жоқ: --trust ROOT.pem, --portal URL көрсетіңіз немесе кірістірілген порталы бар үй каталогын пайдаланыңыз
err-not-found = табылмады: { $what } { $key }
err-home-exists = `{ $home }` ішінде портал бар; `--force` оны ауыстырып, жаңа куәландырушы орталық құрады
err-database = порталдың дерекқоры `{ $path }`: { $why }
err-read-only-home = `{ $home }` тек оқуға арналған: { $why }
err-authority = куәландырушы орталық: { $detail }
err-service-refused = бас тартылды ({ $code }): { $message }
error-prefix = қате
warning-prefix = ескерту
note-prefix = ескертпе

read-only-upgrade = алдымен оның порталының дерекқорын attach-тің осы нұсқасына жаңарту керек
read-only-write = бұл командаға оның порталына жазу қажет

thing-request = өтінім
thing-ticket = талон
thing-clinic = медициналық ұйым
thing-certificate = осы куәландырушы орталықтың сертификаты
thing-person = ЖТ МДҚ-дағы тұлға

io-not-found = мұндай файл немесе каталог жоқ
io-permission-denied = рұқсат жоқ
io-already-exists = ол бұрыннан бар
io-is-a-directory = бұл каталог
io-not-a-directory = жолдың бір бөлігі каталог емес
io-read-only = файлдық жүйе тек оқуға арналған
io-storage-full = құрылғыда бос орын қалмады
io-broken-pipe = оқушы тарап арнаны жапты
io-read-password = құпиясөзді стандартты енгізуден оқу мүмкін болмады
io-ctrl-c = Ctrl-C өңдеу мүмкін болмады
io-man-page = нұсқаулық бетін жасау мүмкін болмады
io-write-stdout = стандартты шығысқа жазу мүмкін болмады
io-server-runtime = сервердің орындау ортасы іске қосылмады
io-listening-address = тыңдау мекенжайын оқу мүмкін болмады
io-checkpoint-thread = бақылау нүктелерінің ағыны іске қосылмады

## Сәйкестендіру нөмірлері

iin-length = 12 цифрдан тұруы тиіс, таңба саны: { $count }
iin-not-digit = тек цифрлардан тұруы тиіс, табылғаны `{ $found }`
iin-century = 7-цифр `{ $digit }` ғасыр мен жынысты білдірмейді (1-ден 6-ға дейін)
iin-date = 1–6 цифрлар `{ $digits }` күнтізбелік күн емес
iin-future = туған күні { $date } әлі келген жоқ
iin-check-digit = бақылау цифры { $found }, күтілгені { $expected }
iin-no-check-digit = алғашқы 11 цифр үшін бақылау цифры жоқ (екі салмақ жиыны да 10 береді)

## Сертификаттар

none = (жоқ)
cert-no-cn = (жалпы атауы жоқ)
cert-describe-iin = { $cn } (ЖСН { $iin }, сериялық нөмірі { $serial })
cert-describe = { $cn } (сериялық нөмірі { $serial })
key-unsupported = қолдау көрсетілмейтін
role = { $role ->
    [individual] жеке тұлға
    [head] бірінші басшы
    [signer] қол қою құқығы бар тұлға
    [employee] қызметкер
   *[other] рөлі жоқ тұлға
}
relation = { $relation ->
    [mother] анасы
   *[father] әкесі
}

## Қолтаңбаны тексерулер

jws-not-base64url = `{ $part }` base64url кодтауында емес
jws-header-not-json = қорғалған тақырып бірегей мүшелері бар JSON нысаны емес: { $why }
jws-header-member = қорғалған тақырыптың `{ $name }` мүшесіне рұқсат жоқ
jws-alg = `{ $alg }` алгоритмі қабылданбайды (тек ES256, EdDSA немесе RS256)
jws-typ-unknown = typ `{ $typ }` белгілі құжат түрі емес
jws-typ-expected = typ `{ $typ }`, күтілгені `{ $expected }`
jws-x5c-missing = x5c жоқ немесе бос
jws-x5c-base64 = x5c[{ $index }] base64 кодтауында емес
jws-sigt = sigT жоқ немесе 2026-11-25T17:00:00Z сияқты UTC бойынша RFC 3339 уақыты емес
check-structure-ok = { $alg } { $typ }, x5c ішінде { $count } сертификат
check-no-crl = CRL жоқ: --crl көрсетіңіз немесе портал арқылы тексеріңіз
check-chain-ok = сенімді `{ $anchor }` дейін { $count } сертификат
check-key-usage-auth = digitalSignature және clientAuth: аутентификация сертификаты
check-key-usage-signing = digitalSignature және nonRepudiation: қол қою сертификаты
check-signer-unread = тексерілмеді: мазмұны оқылатын құжат емес (`payload` қараңыз)
check-payload-ok = JCS түріндегі дұрыс { $kind } құжаты
check-signature-alg = { $alg } алгоритмі қол қоюшының { $key } кілтіне сәйкес келмейді
check-signature-ok = { $alg } қолтаңбасы: { $signer }
check-signature-bad = { $alg } қолтаңбасы қол қойылған байттарға және { $signer } кілтіне сәйкес келмейді
check-stale-signing-time = sigT { $sigt } порталдың сағатынан ({ $now }) { $window } астам айырмашылықта
check-validity-ok = { $at } кезінде { $count } сертификат жарамды
revocation-by = , жауап берген `{ $responder }`
revocation-crl-after-ocsp = CRL (OCSP қолжетімсіз: { $why })
revocation-after = { $source }: { $revoked } кері қайтарылған, бұл { $at } кейін: сол сәтте кері қайтарылмаған еді{ $by }
revocation-no-next-update = жоқ
revocation-ocsp-good = OCSP: жарамды, thisUpdate { $this }, nextUpdate { $next }{ $by }
revocation-crl-unreachable-ocsp = CRL: тізімде жоқ (OCSP қолжетімсіз: { $why }), thisUpdate { $this }, nextUpdate { $next }
revocation-crl-not-listed = CRL: тізімде жоқ, thisUpdate { $this }, nextUpdate { $next }
payload-not-json = мазмұны бірегей мүшелері бар JSON емес: { $why }
payload-not-jcs = мазмұны JCS (RFC 8785) канондық түрінде емес
payload-kind = typ `{ $typ }` астындағы { $kind } құжаты
payload-after-signing = `{ $name }` { $stamp } қол қойылған уақыттан { $sigt } кейін
signer-minor = қол қоюшы { $iin } 18 жасқа толмаған: бала үшін ата-анасы қол қояды
signer-child-alone = өтініш беруші { $applicant } 18 жасқа толмаған: бала үшін өкіл ретінде көрсетілген ата-анасы өтініш береді
minor-refused = { $iin } кәмелетке толмаған, сондықтан { $refused }
minor-needs-representative = { $iin } кәмелетке толмаған: бала үшін өтінім беретін ата-ананы өкіл ретінде көрсетіңіз (ЖТ МДҚ байланыстары: { $parents })
minor-no-links = жоқ
adult-needs-no-representative = { $iin } кәмелетке толған, өкіл қажет емес
signer-adult-represented = өтініш беруші { $applicant } кәмелетке толған және өзі өтініш береді; { $representative } оның өкілі емес
signer-not-operator = қол қоюшының ЖСН { $iin } оператордың ЖСН { $operator } сәйкес емес
signer-needs-employee = медициналық ұйым арқылы берілген өтінімге осы ұйым қызметкерінің сертификаты қажет
signer-bin-not-clinic = қол қоюшының БСН { $bin } медициналық ұйымның БСН { $clinic } сәйкес емес
signer-operator-ok = оператор { $iin }, БСН { $bin }
signer-not-representative = қол қоюшының ЖСН { $iin } өкілдің ЖСН { $representative } сәйкес емес
signer-representative-ok = { $child } баласы үшін { relation } { $iin }
signer-not-applicant = қол қоюшының ЖСН { $iin } өтініш берушінің ЖСН { $applicant } сәйкес емес
signer-applicant-ok = өтініш беруші { $iin }
signer-not-clinic = қол қоюшының БСН { $bin } талондағы медициналық ұйымның БСН { $clinic } сәйкес емес
signer-citizen-for-clinic = БСН { $clinic } медициналық ұйымының талонына жеке тұлғаның сертификатымен қол қойылған
signer-role = қол қоюшы — { role }: талонға бірінші басшы немесе қол қою құқығы бар тұлға қол қояды
signer-not-ticket-signer = қол қоюшының ЖСН { $iin } талонға қол қоюшыға { $signer } сәйкес емес
signer-ticket-ok = { role }, БСН { $bin }, ЖСН { $iin }
signer-not-registering = қол қоюшының ЖСН { $iin } тіркелетін ЖСН { $registering } сәйкес емес
signer-registering-ok = тіркелетін тұлға, { $iin }

## Анықтама: командалардың мақсаты

help-exit-codes =
    Аяқталу кодтары:
      0  сәтті (verify-ticket: талон жарамды)
      1  күтпеген ақау (енгізу-шығару, ішкі қате)
      2  пайдалану немесе енгізу қатесі: қате жалаушалар, бүлінген JSON немесе CSV, қате ЖСН,
         сенімді түбірлік сертификат жоқ, қайшы келетін қайта беру
      3  аутентификациядан немесе авторизациядан бас тартылды
      4  қолтаңба немесе сертификат sign немесе submit командасымен қабылданбады
      5  қызмет берушінің бас тартуы
      6  табылмады: белгісіз өтінім, медициналық ұйым немесе сертификат, тұлға ЖТ МДҚ-да жоқ
      7  verify-ticket, cert verify, cert ocsp: тексеру өтпеді
      8  дайын емес: нәтиже әлі жоқ немесе status --wait уақыты өтті
      9  портал қолжетімсіз, шамадан тыс жүктелген немесе байланыс ақауы (қайталаған жөн)
      10 пакет өңделді, бірақ кейбір жолдар қатемен аяқталды

help-attach = «Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту» мемлекеттік қызметі командалық жолдан
help-register = Порталда тіркелу (тұлға ЖТ МДҚ-да болуы тиіс)
help-login = Кіру; сеанс үй каталогында сақталады
help-logout = Сеансты аяқтау
help-orgs = Медициналық ұйымдар анықтамалығы
help-request = Бекітуге өтінім толтыру (`attach sign` үшін JSON түрінде шығарылады)
help-sign = Өтінімге немесе талонға қол қою (JCS түрі бойынша JWS)
help-submit = Қол қойылған өтінімді беру; қолхатты шығарады
help-status = Өтінімнің мәртебесі немесе сеанстың барлық өтінімдері
help-result = Орындалған өтінімнің талоны немесе дәлелді бас тарту
help-verify-ticket = Қол қойылған бекіту талонын тексеру
help-batch = CSV файлының әр жолы бойынша оператор атынан өтінім беру (журналмен: дәл бір рет)
help-smoke = Жаңа синтетикалық азамат үшін бүкіл қызмет басынан аяғына дейін, қадам бойынша
help-iin = Сәйкестендіру нөмірлерін тексеру: дұрыстығы, туған күні және жынысы
help-cert = Ұлттық куәландырушы орталықтың сертификаттары: кімдікі, не үшін, жарамды ма, кері қайтарылған ба (OCSP, CRL)
help-cert-info = Сертификат кімдікі және не үшін: PEM, DER немесе PKCS#12 (құпиясөз — `sign` үшін сияқты)
help-cert-verify = Сертификаттың жолын және кері қайтарылуын әр тексеруді атай отырып тексеру: 0 немесе 7 коды
help-cert-ocsp = Сақталған OCSP жауабын (DER) оқып, оның қолтаңбасы мен жауап берушіні тексеру
help-completions = Қабықша үшін автотолықтыру скриптін шығару
help-man = Нұсқаулық бетін шығару (roff)
help-portal = Үй каталогындағы жергілікті (кірістірілген) порталды басқару
help-portal-init = Жергілікті порталдың күйін құру: куәландырушы орталық, ЖТ МДҚ, медициналық ұйымдар; барын тек --force ауыстырады
help-portal-serve = Осы үй каталогынан портал API-ін HTTP(S) арқылы SIGINT немесе SIGTERM дейін ұсыну
help-portal-people = Толтырылған жеке тұлғалардың мемлекеттік дерекқоры (ЖТ МДҚ)
help-portal-outbox = Портал жазбадағы телефондарға «жіберген» хабарламалар: тіркелуге арналған бір реттік кодтар
help-portal-stats = Сапа көрсеткіштері: мәртебе бойынша өтінімдер, мерзімінде шешілгендер, бас тартулар
help-portal-settings = Порталдың баптауларын көрсету немесе біреуін өзгерту: `attach portal settings KEY VALUE`
help-portal-staff = Медициналық ұйымдар операторларының есептік жазбалары
help-portal-staff-add = Бір медициналық ұйымның операторының есептік жазбасын құру (немесе қалпына келтіру)
help-portal-nca = Куәландырушы орталық (ҰКО): шығару, кері қайтарып алу, CRL, түбірлік сертификат
help-portal-nca-issue = Жеке немесе қызметкер сертификатын (және кілтін) --out DIR ішіне шығару
help-portal-nca-issue-server = `portal serve` үшін TLS сервер сертификатын шығару
help-portal-nca-revoke = Осы куәландырушы орталық шығарған сертификатты кері қайтарып алу
help-portal-nca-crl = Жаңа қол қойылған CRL шығару (PEM)
help-portal-nca-ca = Түбірлік сертификатты шығару (PEM): сенімді түбір

## Қызмет берушінің бас тартулары: олардың негізіндегі деректер

region = { $region ->
    [aktau] Ақтау
    [zhanaozen] Жаңаөзен
    [beineu] Бейнеу ауданы
    [karakiya] Қарақия ауданы
    [mangistau] Маңғыстау ауданы
    [munaily] Мұнайлы ауданы
   *[tupkaragan] Түпқараған ауданы
}
refusal-not-in-registry = өтініш беруші ЖТ МДҚ-да жоқ
refusal-deceased = өтініш беруші ЖТ МДҚ-да қайтыс болған деп тіркелген
refusal-no-clinic = сұралған медициналық ұйым тізілімде жоқ
refusal-clinic-closed = `{ $clinic }` медициналық ұйымы жабық
refusal-already-attached = өтініш беруші { $since } бастап `{ $clinic }` медициналық ұйымына бекітілген
refusal-residence-out-of-region = жаңа тұрғылықты жер — { $lives } ({ $whence ->
    [address] өтінімдегі мекенжай бойынша
   *[registry] ЖТ МДҚ бойынша
}), ал `{ $clinic }` медициналық ұйымы { $clinic_region } өңірінде; тұрғылықты жер ауысқанда өз өңірінің медициналық ұйымына бекітіледі
refusal-free-choice-out-of-region = өтініш беруші { $lives } өңірінде тұрады, ал `{ $clinic }` медициналық ұйымы { $clinic_region } өңірінде; еркін таңдау өз өңірінің медициналық ұйымдарымен шектеледі
refusal-too-frequent = еркін таңдау бойынша соңғы бекіту { $last } болды; келесісі { $allowed } бастап рұқсат етіледі
refusal-no-capacity = `{ $clinic }` медициналық ұйымының бірде-бір учаскесінде бос орын жоқ
refusal-name-differs = өтінімде өтініш беруші `{ $name }` деп көрсетілген, ал ЖТ МДҚ-да — `{ $registry_name }`
refusal-birth-date-differs = өтінімде туған күні { $birth_date } деп көрсетілген, ал ЖТ МДҚ-да — { $registry_birth_date }
refusal-name-and-birth-date-differ = өтінімде өтініш беруші `{ $name }`, туған күні { $birth_date } деп көрсетілген, ал ЖТ МДҚ-да — `{ $registry_name }`, туған күні { $registry_birth_date }
refusal-first-but-attached = негіз — алғашқы бекіту, бірақ өтініш беруші `{ $current }` медициналық ұйымына бекітілген
refusal-closed-but-unattached = негіз — медициналық ұйымның жабылуы, бірақ өтініш беруші ешбір медициналық ұйымға бекітілмеген
refusal-closed-but-open = негіз — медициналық ұйымның жабылуы, бірақ өтініш беруші бекітілген `{ $current }` медициналық ұйымы жұмыс істейді

## Қызмет өрістері: мән неге сәйкес келмейді

field-phone = `{ $value }` +77012345678 сияқты телефон нөмірі емес
field-phone-e164 = құжатта `{ $value }` E.164 түрінде жазылуы тиіс: { $e164 }
field-email = `{ $value }` электрондық пошта мекенжайы емес
field-address = ұзындығы 1-ден { $max } таңбаға дейінгі мәтін болуы тиіс: { $why }
field-residence = `{ $value }` Маңғыстау облысының елді мекенін атамайды (қала, аудан немесе оның ауылы: { $regions })
field-name = ұзындығы 1-ден { $max } таңбаға дейінгі атау болуы тиіс: { $why }
field-org-id = `{ $value }` MNG-0001 сияқты медициналық ұйым идентификаторы емес
field-identifier = `{ $value }` идентификатор емес (1-ден 64-ке дейін басылатын ASCII таңбасы)
field-uuid = `{ $value }` UUID емес
field-empty = мәні бос
field-too-long = онда { $count } таңба бар
field-hidden-character = онда басқарушы немесе көрінбейтін пішімдеу таңбасы бар
region-unknown = `{ $value }` Маңғыстау облысының өңірі емес; мыналардың бірі болуы тиіс: { $regions }

## Қол қойылған құжаттар: құжатты не оқылмайтын етеді

doc-no-type = `type` жолдық мүшесі жоқ
doc-type = `{ $kind }` түрі `{ $request }` та, `{ $ticket }` та емес
doc-version = { $version } нұсқасына қолдау көрсетілмейді (1 нұсқасына көрсетіледі)
doc-stamp = `{ $name }` RFC 3339 уақыты емес
doc-field = `{ $name }`: { $why }
doc-own-representative = өтініш беруші өзінің өкілі бола алмайды
doc-provider-needs-operator = `provider` арнасына `operator` қажет
doc-portal-no-operator = `portal` арнасында `operator` болмайды

## Жұмыс күндерінің күнтізбесі (қаулылар файлы)

calendar-json = күнтізбеде JSON қате: { $why }
calendar-date = `{ $field }` ішіндегі `{ $value }` күні қате: ЖЖЖЖ-АА-КК күтіледі
calendar-conflict = `{ $date }` `days_off` ішінде де, `working_days` ішінде де бар
calendar-not-object = күнтізбе JSON нысаны емес

## Барлық экрандардың сөздері

yes = иә
no = ЖОҚ
check = { $name ->
    [structure] құрылым
    [signature] қолтаңба
    [chain] тізбек
    [validity] жарамдылық мерзімі
    [revocation] кері қайтарып алу
    [key_usage] кілттің мақсаты
    [signer] қол қоюшы
    [payload] мазмұны
    [issued] берілуі
   *[other] { $name }
}

## Үй каталогы, өтінім, қолтаңба және сенім

home-shared = ортақ каталог үй каталогы бола алмайды
home-made-private = `{ $home }` үй каталогына басқалар жаза алатын еді (режимі { $mode }); енді ол 0700
home-not-private = `{ $home }` каталогына басқалар жаза алады (режимі { $mode }), оны жабу мүмкін болмады: { $why }
home-none = үй каталогы жоқ: HOME, XDG_DATA_HOME, ATTACH_HOME немесе --home беріңіз
random-failed = жүйелік кездейсоқ сандар генераторы істен шықты
request-not-your-child = ЖТ МДҚ бойынша сізде ({ $me }) 18 жасқа толмаған { $child } баласы жоқ; сіздің балаларыңыз: { $children }
request-for-needs-operator = --for медициналық ұйым операторларына арналған; азамат өтінімді өзі үшін береді
request-other-clinic = { $mine } операторы { $org } ұйымына өтінім бере алмайды
request-no-clinic = медициналық ұйымы жоқ оператор { $org } ұйымына өтінім бере алмайды
sign-password-prompt = PKCS#12 кілтінің құпиясөзі:
sign-no-password = құпиясөз жоқ: ATTACH_KEY_PASSWORD беріңіз немесе терминалда іске қосыңыз ({ $why })
sign-cert-required = --key PKCS#12 файлы болмаса, міндетті
sign-key-mismatch = `{ $key }` кілті { $cert } сертификатына сәйкес келмейді
sign-registration-by-hand = тіркелуді растауға қолмен қол қойылмайды: порталдың сұрауына `attach register --key` қол қояды
trust-crl-unusable = `{ $path }` CRL жарамсыз: { $why }
trust-portal-root = { $portal } берген түбірлік сертификат: { $why }
trust-no-crl = { $portal } CRL бермеді: { $why }
submit-not-object = қол қойылған өтінім емес (JSON нысаны емес)
submit-not-jws = қол қойылған өтінім емес (`attach sign` беретін жазық JWS емес): { $why }

json-duplicate = `{ $name }` мүшесі `{ $pointer }` нысанында екі рет кездеседі
