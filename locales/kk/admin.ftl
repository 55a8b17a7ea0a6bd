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
