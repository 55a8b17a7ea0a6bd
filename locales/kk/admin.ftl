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
