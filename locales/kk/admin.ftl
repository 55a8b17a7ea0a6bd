# attach әкімшілік хабарламалары: тізімдер, топтамалар, smoke, портал командалары.
# Кілттер мен параметрлер барлық тілде бірдей (мұны тест тексереді).

## Кесте бағандары

col-line = жол
col-iin = ЖСН
col-outcome = нәтиже
col-code = код
col-why = себебі
col-rows = жол
col-seconds = секунд
col-rows-per-second = жол/с

## Топтама файлдары

csv-where = { $file }, { $line }-жол
csv-not-utf8 = { $field }-өріс UTF-8 кодтауында емес: файл әрі қарай оқылмайды (windows-1251 кодтауында сақталған файлға --encoding windows-1251 көрсетіңіз немесе оны «CSV UTF-8» ретінде сақтаңыз)
csv-unreadable = оқу мүмкін емес: { $why }
csv-not-csv = CSV файлы емес
csv-open-quote = тырнақшадағы өріс { $line }-жолдан { $last }-жолға дейін созылады: `"` тырнақшасы жабылмаған, сондықтан бұл жолдар оқылмайды
csv-line-too-long = { $line }-жол { $kib } КиБ-тан ұзын; файл әрі қарай оқылмайды
csv-no-iin-column = тақырыпта `iin` бағаны жоқ (бары: { $columns })
excel-iin-scientific = `{ $iin }` — Excel экспоненциалдық жазбадағы санға айналдырған ЖСН: соңғы цифрлары жоғалған, оларды қалпына келтіру мүмкін емес; бағанға «Мәтін» пішімін беріп, ЖСН-дерді қайта енгізіңіз
excel-iin-leading-zero = `{ $iin }` ішінде 11 цифр бар: Excel `{ $suggested }` нөмірінің басындағы нөлді түсіріп тастаған; бағанға «Мәтін» пішімін беріңіз (немесе ="{ $suggested }" деп жазыңыз)
batch-not-logged-in = жүйеге кірмегенсіз
batch-iin-too-long = ұзындығы { $count } таңба: ЖСН-де 12 цифр болады
batch-no-org = жолда емхана көрсетілмеген, --org та оны бермейді
batch-bad-reason = `{ $reason }` — first_attachment, free_choice, change_of_residence, org_closed мәндерінің бірі емес
batch-other-clinic = { $own } операторы { $org } үшін өтініш бере алмайды
batch-not-decided = { $request } өтініші әлі қаралған жоқ
batch-needs-key = топтаманы жіберу үшін оператордың кілті мен сертификаты қажет
batch-jobs-zero = 0 орындаушы ештеңе істемейді: --jobs 1 немесе одан көп мән қабылдайды
batch-jobs-not-a-number = `{ $value }` — орындаушылар саны емес
batch-bad-encoding = `{ $encoding }` — utf-8 те, windows-1251 де емес
batch-bad-delimiter = `{ $delimiter }` өрістерді бөле алмайды
batch-operators-only = топтаманы емхана операторы жібереді
batch-key-required = --dry-run көрсетілмесе, міндетті
batch-progress = жол: { $pos }/{ $len }  { $rate }  өткені { $elapsed }, қалғаны { $eta }
batch-rate = { $rate }/с
batch-read-as-cp1251 = attach: ескерту: `{ $file }` UTF-8 кодтауында емес; ол windows-1251 ретінде оқылды (--encoding кодтауды анық береді және бұл болжамды тоқтатады)
batch-stopped = attach: топтама { $rows } жолдан кейін тоқтады; журнал жіберілгенді сақтайды: сол команданы қайта іске қосыңыз
batch-stdout-closed = attach: топтама { $rows } жолдан кейін тоқтады: стандартты шығыс жабылды; журнал жіберілгенді сақтайды: аяқтау үшін сол команданы қайта іске қосыңыз
batch-interrupted = attach: топтама { $rows } жолдан кейін үзілді; журнал жіберілгенді сақтайды: аяқтау үшін сол команданы қайта іске қосыңыз
batch-outcome = { $outcome ->
    [attached] бекітілді
    [refused] бас тарту
    [submitted] жіберілді
    [valid] дұрыс
   *[error] қате
}
batch-more-failures = … және сәтсіз аяқталған тағы { $count } жол
batch-see-out = attach: ескерту: әр жолдың нәтижесі, әрқайсысына бір JSON жолы: --out ФАЙЛ (немесе -o json) арқылы іске қосыңыз
batch-see-out-file = attach: ескерту: әр жолдың нәтижесі `{ $file }` ішінде, әрқайсысына бір JSON жолы
journal-unusable = топтама журналы бола алмайды: { $why }
journal-foreign = бұл топтама журналы емес, басқа дерекқор
journal-unreadable = { $what } оқылмайды: { $why }
journal-signed-request = қол қойылған өтініш
journal-outcome = нәтиже
journal-other-content = { $uuid } журналға басқа мазмұнмен қайта жазылар еді

## Стандартты енгізу және JSON Lines

stdin = стандартты енгізу
stdin-line = стандартты енгізу, { $line }-жол
input-unreadable = оқу мүмкін емес: { $why }
input-too-large = { $kib } КиБ-тан көп; қол қойылған құжат 64 КиБ-тан аз болады
input-one-document = бірнеше JSON жолы бар; бұл команда бір құжат қабылдайды
input-no-request-id = `request_id` жоқ: түбіртекті, мәртебені немесе нәтижені беріңіз не REQUEST_ID көрсетіңіз
input-empty = бос; JSON құжаты күтілген еді
input-not-json = JSON емес: { $why }
input-no-password = стандартты енгізуде құпиясөз жоқ
input-password-none = құпиясөз берілмеген, оны сұрайтын терминал да жоқ: --password-stdin немесе ATTACH_PASSWORD пайдаланыңыз
io-prompt-password = терминалда құпиясөзді сұрау мүмкін емес
password-no-terminal-key = кілттің құпиясөзі жоқ, оны сұрайтын терминал да жоқ: ATTACH_KEY_PASSWORD орнатыңыз
input-earlier-stage-failed = алдыңғы қадам қатемен аяқталды
result-out-one = --out бір нәтижені сақтайды: бір түбіртек беріңіз немесе JSON Lines үшін --out алып тастаңыз
result-render-out-one = --render-out бір талонды сақтайды: бір түбіртек беріңіз немесе әр талонды `attach ticket render` арқылы басып шығарыңыз

## Мәртебе және өтініштер тізімі

col-request = өтініш
col-registration = тіркеу
col-service = қызмет
col-status = мәртебе
col-deadline = мерзім
request-state = { $state ->
    [submitted] жіберілді
    [registered] тіркелді
    [completed] орындалды
    [refused] бас тарту
   *[other] { $state }
}
status-bad-limit = `{ $value }` — өтініштер саны да (1 не одан көп), `all` та емес
status-bad-duration = `{ $value }` — 30s не 2m сияқты ұзақтық емес
status-bad-since = `{ $value }` — уақыт (RFC 3339) те, күн (ЖЖЖЖ-АА-КК) де, бұрынғы ұзақтық (30m, 12h, 7d) та емес
status-filters-need-no-subject = --limit, --state, --since, --iin және --org өтініштер тізімін тарылтады: олармен бірге REQUEST_ID көрсетпеңіз
status-wait-needs-request = өтініш керек: REQUEST_ID көрсетіңіз немесе түбіртекті беріңіз
status-still-open = { $request } өтініші { $seconds } с өткен соң да «{ $state }» мәртебесінде; қызмет беруші { $deadline } дейін шешеді
status-more = attach: ескерту: соңғы { $shown } өтініш көрсетілді; көбірек көру үшін --limit N немесе --limit all
list-other-clinic = { $own } операторы тек { $own } өтініштерін көреді, { $org } өтініштерін емес
list-bad-state = `{ $state }` — өтініш мәртебесі емес (submitted, registered, completed, refused)
list-bad-since = `{ $since }` — RFC 3339 уақыты емес
list-bad-cursor = `{ $cursor }` — бұл портал берген курсор емес

## attach me

help-me = Сессия кімдікі: адам, рөлі, емхана және қашанға дейін
me-field = өріс
me-value = мәні
me-portal = портал
me-name = аты-жөні
me-role = рөлі
me-role-value = { $role ->
    [citizen] азамат
    [operator] емхана операторы
   *[other] { $role }
}
me-clinic = емхана
me-attachment = тіркелген жері
me-attached = { $org }, { $district }-учаске
me-not-attached = тіркелмеген
me-expires = сессия мерзімі

## -v және -vv

verbose-exchange = { $method } { $url } → { $answer }, { $ms } мс
verbose-retry = , { $attempt }-әрекет
verbose-timings = ; тақырыптар { $headers } мс, дене { $body } мс
verbose-stage = { $stage }: басынан бері { $ms } мс
stage-backend = портал дайын
stage-session = сессия оқылды
stage-done = дайын

## Examples in --help and the man pages: comments in the language, then the commands

help-examples = Мысалдар:
help-portal-staff-list = Операторлардың есептік жазбалары, емханаларымен
help-portal-staff-remove = Оператордың есептік жазбасын жойып, сессияларын аяқтау
help-portal-accounts = Порталдағы есептік жазбалар: тізім, бұғаттан шығару, құпиясөзді қалпына келтіру
help-portal-accounts-list = Барлық есептік жазбалар: рөлі, емханасы, тіркелуі, бұғатталуы
help-portal-accounts-unlock = Сәтсіз кірулерден кейін бұғатталған есептік жазбаны ашу
help-portal-accounts-reset-password = Жаңа құпиясөз орнатып, есептік жазбаның сессияларын аяқтау
help-portal-orgs = Анықтамалық емханалары: сыйымдылығы, ашық не жабық
help-portal-orgs-set = Емхананың сыйымдылығын орнату, оны ашу не жабу
examples-register =
    # Базадағы телефонға бір реттік код алып, сонымен тіркелу
    attach register --iin 900101300453 --otp
    attach register --iin 900101300453 --otp 123456 --phone +77012345678
    # Аутентификация сертификатының кілтімен жеке басын растау
    attach register --iin 900101300453 --key auth/key.pem --email me@example.kz
examples-login =
    # Кіру; құпиясөз терминалда сұралады
    attach login --iin 900101300453
    # Сценарийде: құпиясөз стандартты енгізуде
    printf '%s\n' "$PASSWORD" | attach login --iin 900101300453 --password-stdin
examples-logout =
    # Сессияны осында және порталда аяқтау
    attach logout
    attach --portal https://portal.example.kz logout
examples-me =
    # Кім кірді және қашанға дейін
    attach me
    # Кірген оператордың емханасы
    attach me -o json | jq -r .org
examples-orgs =
    # Аудан емханалары
    attach orgs --region Актау
    # Атауы, мекенжайы не БСН бойынша іздеу
    attach orgs --search "поликлиника 3" -o json
examples-request =
    # Алғашқы тіркелу, қол қою үшін
    attach request --org MNG-0001 --reason first_attachment > request.json
    # Өз балаңыз үшін
    attach request --org MNG-0002 --child 150505600018 --phone +77012345678
examples-sign =
    # Өтінішке өз кілтіңізбен қол қою
    attach sign --key me/key.pem request.json > signed.json
    # Бүкіл жол бір арнамен
    attach request --org MNG-0001 | attach sign --key me/key.pem | attach submit | attach status --wait
examples-submit =
    # Қол қойылған өтінішті жіберу; түбіртекті басып шығарады
    attach submit signed.json
    # Қол қою және жіберу
    attach sign --key me/key.pem request.json | attach submit
examples-status =
    # Сессияның соңғы өтініштері
    attach status
    # Апта ішіндегі бас тартулар, JSON Lines түрінде
    attach status --state refused --since 7d -o json
    # Жаңа ғана жіберілген өтініш бойынша шешімді күту
    attach submit signed.json | attach status --wait --timeout 5m
examples-result =
    # Орындалған өтініштің талоны, файлға сақталады
    attach result R-000001 --out ticket.json
    # Барлық орындалған өтініштердің нәтижелері
    attach status --state completed | attach result
examples-verify-ticket =
    # Талонды тексеріп, порталдан оны бергенін сұрау
    attach verify-ticket ticket.json
    # Желісіз, қол қойылған сәтке
    attach verify-ticket --offline --at sigT --trust root.pem ticket.json
examples-ticket =
    # Өтінім бойынша талонды басып шығаруға PDF түрінде, қазақ тілінде
    attach --lang kk ticket render ticket.json --format pdf --out ticket.pdf
    # Чек принтеріне
    attach result R-000001 | attach ticket render --format text
examples-ticket-render =
    # A5 пішіміндегі PDF, орыс тілінде
    attach ticket render ticket.json --format pdf --paper a5 --out ticket.pdf
    # Өзі жеткілікті бір HTML беті
    attach ticket render ticket.json --format html --out ticket.html
    # Чек принтеріне, 48 баған
    attach result R-000001 | attach ticket render --format text
examples-batch =
    # Алдымен файлды тексеріп, содан кейін жіберіп, шешімдерді күту
    attach batch people.csv --key clinic/key.pem --dry-run
    attach batch people.csv --key clinic/key.pem --wait --out out.jsonl
    # Excel windows-1251 кодтамасында сақтаған файл, стандартты енгізуден
    attach batch - --key clinic/key.pem --encoding windows-1251 < people.csv
examples-smoke =
    # Жергілікті порталдағы бүкіл жол
    attach smoke
    # CI-да, JUnit есебімен
    attach smoke --portal http://127.0.0.1:8080 --junit smoke.xml
examples-iin =
    # ЖСН-ді тексеру: дұрыстығы, туған күні және жынысы
    attach iin 900101300453
    # Бірнешеуін бірден, JSON Lines түрінде
    attach iin 900101300453 061211600012 -o json
examples-cert =
    # Сертификат кімдікі және бүгін жарамды ма
    attach cert info me/cert.pem
    attach cert verify me/cert.pem --chain me/chain.pem
examples-cert-info =
    # Сертификат кімдікі, не үшін
    attach cert info me/cert.pem
    # PKCS#12 файлындағы сертификат
    ATTACH_KEY_PASSWORD=secret attach cert info me/key.p12
examples-cert-verify =
    # Жол және кері қайтарып алу, CRL бойынша
    attach cert verify me/cert.pem --chain me/chain.pem --trust root.pem --crl crl.pem
    # OCSP жауап берушісінен сұрап
    attach cert verify me/cert.pem --chain me/chain.pem --ocsp
examples-cert-ocsp =
    # Сақталған OCSP жауабын оқу
    attach cert ocsp response.der --trust chain.pem
examples-completions =
    # bash және zsh үшін толықтыру
    attach completions bash > ~/.local/share/bash-completion/completions/attach
    attach completions zsh > ~/.zfunc/_attach
examples-man =
    # Әр командаға бір бет, man табатын жерге
    attach man --dir ~/.local/share/man/man1
    # Басты бетті бірден оқу
    attach man | man -l -
examples-portal =
    # Loopback-тегі жергілікті портал
    attach portal init
    attach portal serve --listen 127.0.0.1:8080
examples-portal-init =
    # Он мың синтетикалық тұрғыны бар портал
    attach portal init --people 10000 --seed 7
    # Қайта бастау (үй қызмет көрсетіп тұрғанда бас тартылады)
    attach portal init --force
examples-portal-serve =
    # Loopback-те қызмет көрсету
    attach portal serve --listen 127.0.0.1:8080
    # CI үшін: тест тұлғалары, тек loopback-те
    attach portal serve --listen 127.0.0.1:0 --allow-test-identities
    # Барлық интерфейсте HTTPS
    attach portal serve --listen 0.0.0.0:8443 --tls-cert tls/cert.pem --tls-key tls/key.pem
examples-portal-people =
    # Еш жерге тіркелмеген он ересек
    attach portal people --limit 10 --unattached --adults
    # Емханаға тіркелген тірі адамдар
    attach portal people --attached-to MNG-0001 --living -o json
examples-portal-outbox =
    # Портал жіберген бір реттік кодтар
    attach portal outbox
examples-portal-stats =
    # Мәртебелер бойынша өтініштер, мерзімінде шешілгендері, бас тартулар
    attach portal stats
    attach portal stats -o json
examples-portal-settings =
    # Баптауларды көрсетіп, біреуін өзгерту
    attach portal settings
    attach portal settings session_idle 30m
examples-portal-staff =
    # Емхана операторлары
    attach portal staff list
    attach portal staff add --org MNG-0001 --iin 750315400123
examples-portal-staff-add =
    # MNG-0001 операторы; құпиясөз стандартты енгізуде
    attach portal staff add --org MNG-0001 --iin 750315400123 --password-stdin < password.txt
examples-portal-staff-list =
    # Барлық операторлар немесе бір емхананың операторлары
    attach portal staff list
    attach portal staff list --org MNG-0001
examples-portal-staff-remove =
    # Оператор кетеді: есептік жазба мен оның сессиялары аяқталады
    attach portal staff remove --iin 750315400123
examples-portal-accounts =
    # Бұғатталған есептік жазбалар және біреуін ашу
    attach portal accounts list --locked
    attach portal accounts unlock --iin 900101300453
examples-portal-accounts-list =
    # Барлық есептік жазбалар немесе бұғатталғандары
    attach portal accounts list
    attach portal accounts list --locked -o json
examples-portal-accounts-unlock =
    # Есептік жазбаны бұғаттаған сәтсіз кірулерді ұмыту
    attach portal accounts unlock --iin 900101300453
examples-portal-accounts-reset-password =
    # Жаңа құпиясөз терминалда сұралады; сессиялар аяқталады
    attach portal accounts reset-password --iin 900101300453
    # Сценарийде
    attach portal accounts reset-password --iin 900101300453 --password-stdin < password.txt
examples-portal-orgs =
    # Емханаға орын беру немесе оны жабу
    attach portal orgs set MNG-0001 capacity 5000
    attach portal orgs set MNG-0004 closed
examples-portal-orgs-set =
    # Тағы 5000 орын, содан кейін қайта ашу
    attach portal orgs set MNG-0001 capacity 5000
    attach portal orgs set MNG-0004 open
examples-portal-nca =
    # Тексерушілер үшін сенім түбірі және жаңа CRL
    attach portal nca ca > root.pem
    attach portal nca crl > crl.pem
examples-portal-nca-issue =
    # Азаматтың қолтаңба кілті мен сертификаты
    attach portal nca issue --iin 900101300453 --out me
    # Оператордікі, емхананың БСН-імен, 30 күнге, PKCS#12 түрінде де
    attach portal nca issue --iin 750315400123 --org MNG-0001 --role employee --valid-days 30 --p12 --out clinic
    # Ed25519 кілті бар аутентификация сертификаты
    attach portal nca issue --iin 900101300453 --auth --key-type ed25519 --out auth
examples-portal-nca-issue-server =
    # portal serve үшін TLS сертификаты
    attach portal nca issue-server --dns portal.example.kz --ip 10.0.0.5 --out tls
examples-portal-nca-revoke =
    # Файл немесе сериялық нөмір бойынша кері қайтарып алу
    attach portal nca revoke --cert me/cert.pem
    attach portal nca revoke --serial 1f2e3d
examples-portal-nca-crl =
    # Желісіз тексеру үшін жаңа CRL
    attach portal nca crl > crl.pem
examples-portal-nca-ca =
    # Сенім білдіру үшін түбір сертификаты
    attach portal nca ca > root.pem

man-written = { $count } бет { $dir } ішіне жазылды

## portal accounts, staff және orgs

thing-account = есептік жазба
thing-operator = оператордың есептік жазбасы
col-role = рөлі
col-clinic = емхана
col-registered = тіркелген
col-locked-until = бұғатталған мерзімі
col-failures = сәтсіз кірулер
col-sessions = сессиялар
admin-new-password = Жаңа құпиясөз:
admin-unlocked = { $iin } бұғаттан шығарылды: сәтсіз кірулер ұмытылды
admin-password-reset = { $iin } жаңа құпиясөз алды; { $sessions ->
    [0] ашық сессия болмады
   *[other] { $sessions } сессия аяқталды
}
admin-operator-removed = { $iin } енді оператор емес; { $sessions ->
    [0] ашық сессия болмады
   *[other] { $sessions } сессия аяқталды
}
admin-bad-capacity = `{ $value }` — адамдар саны емес
admin-bad-org-change = `{ $given }`: `capacity N`, `open` немесе `closed` деп көрсетіңіз
admin-org-open = ашық
admin-org-closed = жабық
admin-org-set = { $org }: сыйымдылығы { $capacity }, тіркелгені { $attached }, { $state }

## Кесте тақырыптары мен ұяшықтары

col-full-name = аты-жөні
col-born = туған
col-sex = жынысы
col-region = аудан
col-address = мекенжай
col-attached-to = тіркелген жері
col-living = тірі
cell-attached-since = { $org }, { $since } бастап
cell-deceased = қайтыс болған
cell-living = тірі
col-time = уақыт
col-to = кімге
col-text = мәтін
col-setting = баптау
col-value = мәні
col-meaning = мағынасы
col-id = id
col-name = атауы
col-attached = тіркелгені
col-state = күйі
col-valid = дұрыс
col-birth-date = туған күні
col-error = қате

## Қорғаныс

serve-test-identities-off-loopback = `{ $listen }` — loopback мекенжайы емес: оған қол жеткізген кез келген адам адамдар мен сертификаттар жасай алады; тест тұлғаларын 127.0.0.1-де көрсетіңіз немесе --i-know-this-is-not-production қосыңыз
serve-plain-http-off-loopback = `{ $listen }` мекенжайында қарапайым HTTP, ал ол loopback емес: құпиясөздер мен сессия токендері желіде ашық жүреді; --tls-cert және --tls-key көрсетіңіз
home-in-use = `{ $home }` басқа процесспен бос емес (`portal serve`, топтама, әлі жұмыс істеп тұрған команда): порталды ауыстырмас бұрын оны тоқтатыңыз
io-home-lock = үйдің порталын бұғаттау мүмкін емес

## attach smoke

col-step = қадам
col-ok = сәтті
col-ms = мс
col-detail = толығырақ
smoke-works = smoke: бүкіл жол жұмыс істейді
smoke-failed = smoke: ҚАТЕ
smoke-step-failed = smoke: `{ $step }` қадамы сәтсіз аяқталды: { $problem }
smoke-not-run = орындалмады: алдыңғы қадам сәтсіз аяқталды

## HTTP клиентінің кеңестері

http-not-our-root = ; оның сертификаты --tls-ca `{ $root }` түбіріне де, жалпыға ортақ түбірге де жетпейді
http-through-proxy = { " " }{ $proxy } прокси арқылы (ALL_PROXY, HTTPS_PROXY немесе HTTP_PROXY)

## attach smoke қадамдары

smoke-nobody-left = ГБД ФЛ-да есептік жазбасы мен тіркелуі жоқ ешкім қалмады
smoke-init-embedded = портал { $home } ішінде; азамат { $iin }, { $org } үшін
smoke-init-remote = { $portal } порталы, түбірі `{ $root }`
smoke-identity-file = {"{"}"iin": …{"}"} емес: { $why }
smoke-registered = { $iin } аутентификация сертификатымен тіркелді
smoke-identity-password = тұлғаның құпиясөзі ATTACH_PASSWORD-тан алынады, ал ол орнатылмаған
smoke-registered-before = { $iin }, { $dir } ішінен (бұрын тіркелген)
smoke-no-test-identities = портал тест тұлғаларын бермейді (ол --allow-test-identities-сіз іске қосылған); тіркелген азаматтың кілті мен сертификаты бар --identity DIR көрсетіңіз
smoke-test-identity = { $iin } тест тұлғасын портал тіркеді
smoke-test-identity-key = тест тұлғасының кілті: { $why }
smoke-no-certificate = тұлғаның сертификаты жоқ
smoke-certificate = сериялық нөмірі { $serial }, иесі { $holder }
smoke-logged-in = { $iin }, { $role } ретінде
smoke-no-clinic = { $region } ауданында бос орны бар ашық емхана жоқ
smoke-request = { $reason }, { $org }
smoke-signed = JCS түрі бойынша { $alg }, өткен тексерулер: { $checks }
smoke-submitted = { $request } { $registration } нөмірімен тіркелді
smoke-decided = { $request }: { $state }
smoke-still-open = { $request } 2 минуттан кейін де «{ $state }» мәртебесінде
smoke-ticket-received = тіркелді: талон алынды
smoke-verified = жарамды: өткен тексерулер: { $checks }, талон { $ticket }
smoke-identity-remote = тек қашықтағы портал үшін (--portal URL)
smoke-step = { $step ->
    [init] дайындық
    [register] тіркелу
    [certificate] сертификат
    [login] кіру
    [request] өтініш
    [sign] қол қою
    [submit] жіберу
    [wait] күту
    [result] нәтиже
    [verify] тексеру
   *[other] { $step }
}
