# Талонның қазақ тіліндегі хабарламалары: экранда (`result`, `verify-ticket`), қағазда
# (`ticket render`) және QR-код бойынша. Баспа талон өріс атаулары бойынша кері оқылады
# (`verify-ticket --printed`): әр өріс «Атау: мәні» түрінде басылады, сондықтан бір тілдегі
# өріс атаулары қайталанбайды.

help-ticket = Басып шығаруға арналған талондар: қол қойылған талон PDF, HTML немесе чек принтеріне арналған мәтін түрінде
help-ticket-render = Қол қойылған талонды (немесе талоны бар нәтижені) оны растайтын QR-кодымен басып шығаруға дайындау

## Талон өрістері экранда және қағазда

ticket-title = Бекіту талоны
ticket-subtitle = алғашқы медициналық-санитариялық көмек көрсететін медициналық ұйымға
ticket-heading = { $number } бекіту талоны
ticket-section-patient = Пациент
ticket-section-representative = Заңды өкіл
ticket-section-clinic = Медициналық ұйым
ticket-section-request = Өтінім
ticket-section-signer = Берген және қол қойған
ticket-field-number = Талон нөмірі
ticket-field-issued-at = Берілген уақыты
ticket-field-patient-name = Аты-жөні
ticket-field-patient-iin = Пациенттің ЖСН
ticket-field-patient-birth-date = Туған күні
ticket-field-representative-name = Өкіл
ticket-field-representative-iin = Өкілдің ЖСН
ticket-field-representative-relation = Пациентке туыстығы
ticket-field-clinic-name = Ұйым
ticket-field-clinic-address = Мекенжайы
ticket-field-clinic-bin = БСН
ticket-field-clinic-id = Анықтамалықтағы коды
ticket-field-district-number = Учаске
ticket-field-district-doctor = Учаскелік дәрігер
ticket-field-attached-from = Бекітілген күні
ticket-field-home-visits = Үйде қызмет көрсету
ticket-field-request-id = Өтінім нөмірі
ticket-field-registration-number = Тіркеу нөмірі
ticket-field-signer-name = Қол қойған
ticket-field-signer-position = Лауазымы
ticket-field-signer-iin = Қол қоюшының ЖСН
ticket-yes = иә
ticket-no = жоқ
ticket-relation = { $relation ->
    [mother] анасы
   *[father] әкесі
}
ticket-signed-with = Электрондық цифрлық қолтаңбамен қол қойылған: { $who }, { $at }; сертификат { $serial }.
ticket-qr-caption = QR-код талонды растайды: оны сканерлеп, `attach verify-ticket --qr МӘТІН --printed ФАЙЛ` командасымен немесе порталда тексеріңіз.
ticket-paper-note = «Алғашқы медициналық-санитариялық көмек көрсететін медициналық ұйымға бекіту» мемлекеттік көрсетілетін қызметі берген.

## Экранда: қорытынды

ticket-screen-signature = Қолтаңба
ticket-screen-signer = { $who }, { $at }
ticket-verdict-valid = ЖАРАМДЫ: { $number } талоны түпнұсқа әрі күшінде
ticket-verdict-valid-offline = ЖАРАМДЫ: { $number } талоны түпнұсқа (порталсыз: әлі күшінде ме, тексерілген жоқ)
ticket-verdict-valid-superseded = ТҮПНҰСҚА, БІРАҚ КҮШІН ЖОЙҒАН: { $number } талонын кейінгі бекіту ауыстырды
ticket-verdict-invalid = ЖАРАМСЫЗ: { $number } талоны: { $count ->
    [one] { $checks } тексерісінен өтпеді
   *[other] { $checks } тексерістерінен өтпеді
}
ticket-verdict-incomplete = ТЕКСЕРІЛМЕДІ: { $number } талоны: порталдан бұл талонды берген-бермегенін сұрау мүмкін болмады
ticket-superseded-headline = АУЫСТЫРЫЛҒАН: { $number } талоны енді күшінде емес. Оны { $at } берілген { $by } талоны ауыстырды: адам енді «{ $clinic }» ұйымына бекітілмеген.
ticket-superseded-headline-unknown = АУЫСТЫРЫЛҒАН: { $number } талоны енді күшінде емес: оны кейінгі бекіту ауыстырды, адам енді «{ $clinic }» ұйымына бекітілмеген.
ticket-column-check = тексеріс
ticket-column-ok = нәтиже
ticket-column-detail = толығырақ
ticket-check = { $name ->
    [structure] құрылым
    [signature] қолтаңба
    [chain] сертификаттар тізбегі
    [validity] жарамдылық мерзімі
    [revocation] кері қайтарып алу
    [key_usage] кілттің мақсаты
    [signer] қол қоюшы
    [payload] мазмұны
    [issued] порталдың беруі
    [qr] QR-код
    [printed] басылған өрістер
   *[other] { $name }
}
ticket-unknown-number = (нөмірсіз)

## `result`

result-no-request = өтінім көрсетілмеген: REQUEST_ID беріңіз немесе кіріске түбіртекті не мәртебені жіберіңіз
result-refused = { $id } өтінімі: бас тартылды ({ $code }): { $message }
result-not-written = нәтижені JSON түрінде жазу мүмкін болмады: { $why }

## `verify-ticket`: кіріс деректері және `issued` тексерісі

verify-bad-at = `{ $at }` — sigT те, now та, RFC 3339 уақыты да емес
verify-result-without-ticket = құрамында `ticket` жоқ
verify-not-an-object = қол қойылған талон (JSON объектісі) емес
verify-not-a-jws = қол қойылған талон (protected, payload және signature бар жалпақ JWS) емес: { $why }
verify-portal-root = порталдың түбір сертификаты оқылмайды: { $why }
issued-no-number = талонның нөмірі жоқ
issued-never = портал ({ $portal }) { $number } талонын ешқашан берген жоқ
issued-refused = портал ({ $portal }) { $number } талонын растаудан бас тартты: { $why }
issued-different = портал басқа { $number } талонын берген (SHA-256 { $issued }, мұнікі { $this })
issued-current = порталмен { $at } берілген; адамның қазіргі бекітуі
issued-superseded = оны { $at } берілген { $by } талоны ауыстырды
issued-superseded-unknown = оны кейінгі бекіту ауыстырды
issued-superseded-allowed = порталмен { $issued } берілген; оны { $at } берілген { $by } талоны ауыстырды: түпнұсқа, бірақ енді күшінде емес
issued-superseded-allowed-unknown = порталмен { $issued } берілген; оны кейінгі бекіту ауыстырды: түпнұсқа, бірақ енді күшінде емес
issued-not-checked = тексерілмеді: { $why }
issued-not-applicable = қолданылмайды: бұл талонның сертификаттар тізбегін портал ({ $portal }) берген жоқ; сенімді `chain` тексерісі шешеді
issued-not-asked = порталдан ({ $portal }) сұрау мүмкін болмады: { $why }

## Баспа талонның QR-коды

qr-not-a-ticket = баспа талонның QR-коды емес: { $why }
qr-why-prefix = мәтін `{ $prefix }/` деп басталмайды
qr-why-parts = мәтінде `/` арқылы бөлінген { $count } бөлік бар, ал { $expected } болуы керек
qr-why-number = талон нөмірі бос
qr-why-sigt = `{ $sigt }` — 2026-11-25T17:00:00Z сияқты қол қою уақыты емес
qr-why-count = `{ $count }` — 1-ден 9-ға дейінгі сертификаттар саны емес
qr-why-serial = `{ $serial }` — он алтылық жазбадағы сертификаттың сериялық нөмірі емес
qr-why-signature = қолтаңба base32 түрінде жазылмаған
qr-why-digests = өрістердің хештері base32 түрінде жазылмаған
qr-image-unreadable = `{ $path }` — оқылатын PNG немесе JPEG кескіні емес: { $why }
qr-image-none = `{ $path }` ішінде баспа талонның QR-коды жоқ
qr-too-long-signature = { $alg } қолтаңбасы ({ $bytes } байт) телефон оқи алатын QR-кодқа сыймайды (10-нұсқадан аспауы керек): ES256 немесе EdDSA қол қойылған талондарды басыңыз
qr-too-large = QR-кодқа { $version }-нұсқа қажет болар еді; баспа талондікі 10-нұсқадан аспайды
qr-needs-printed = порталсыз `--qr` үшін басылған өрістер керек: --printed ФАЙЛ беріңіз (талонның HTML немесе мәтін түрі, не PDF мәтіні) немесе порталда тексеріңіз
qr-cert-needed = қол қоюшының сертификаты керек (сериялық нөмірі { $serial }): --signer-cert ФАЙЛ беріңіз (сертификат, одан кейін оны берген КО сертификаты) немесе порталда тексеріңіз
qr-cert-unknown = { $serial } сериялық нөмірлі сертификат --signer-cert ішінде де, порталда ({ $portal }) да жоқ
qr-cert-not-held = { $serial } сериялық нөмірлі сертификат --signer-cert ішінде де, --trust ішінде де жоқ
qr-chain-short = QR-код бойынша қолтаңба { $count } сертификатты атайды; { $serial } сериялық нөмірі бойынша тек { $found } табылды: --signer-cert ішіне берген КО сертификатын (chain.pem) қосыңыз
qr-ok = порталдағы { $number } талонында осы QR-кодтағы қолтаңба, қол қою уақыты және қол қоюшының { $serial } сертификаты бар
qr-not-at-portal = порталда ({ $portal }) осы QR-кодтағы қолтаңбасы бар { $number } талоны жоқ
qr-differs = QR-кодта { $what } `{ $qr }`, ал порталдағы талонда `{ $ticket }`
qr-what-sigt = қол қою уақыты
qr-what-serial = қол қоюшының сертификаты
qr-what-count = сертификаттар саны
printed-ok = басылған өрістер ({ $count }) қол қойылғанмен дәл сәйкес келеді
printed-number = басылған талон нөмірі `{ $printed }` QR-кодтағы `{ $qr }` нөмірімен сәйкес емес
printed-differs = басылған «{ $field }» өрісі `{ $printed }` қол қойылған `{ $signed }` мәнімен сәйкес емес
printed-differs-digest = басылған «{ $field }» өрісі `{ $printed }` — қол қойылған мән емес
printed-differs-unnamed = басылған өрістердің бірі қол қойылғанмен сәйкес емес (порталсыз және қол қойылған талонсыз оны атау мүмкін болмады)
printed-extra-representative = заңды өкіл басылған, бірақ қол қойылған талонда ол жоқ
printed-missing-representative = қол қойылған талонда заңды өкіл бар, бірақ ол басылмаған

## Баспа талонды кері оқу

printed-none = `{ $path }` ішінде баспа талон жоқ: бірде-бір жол «{ $label }:» деп басталмайды
printed-missing = `{ $path }`: баспа талонда «{ $label }:» өрісі жоқ
printed-twice = `{ $path }`, { $line }-жол: «{ $label }:» өрісі екі рет басылған (алғаш { $first }-жолда)
printed-representative-partial = `{ $path }`: заңды өкіл «{ $label }:» өрісінсіз басылған
printed-not-text = `{ $path }` мәтін (UTF-8) емес: талонның HTML немесе мәтін түрін, не PDF мәтінін (`pdftotext`) беріңіз

## `ticket render`

render-pdf-to-terminal = PDF терминалға шығарылмайды: --out ФАЙЛ беріңіз немесе стандартты шығысты басқа жаққа бағыттаңыз
render-unprintable = талонның «{ $field }» өрісін (`{ $value }`) кері бұрмаланбай оқылатындай басу мүмкін емес: QR-код оны растай алмас еді
render-header = талонның қорғалған тақырыбы бұл қызмет жазатындай емес (JCS, тек alg, sigT, typ және x5c): QR-код оны қалпына келтіре алмас еді
render-pdf = PDF жасау мүмкін болмады: { $why }
render-too-long = талон бір { $paper } бетіне сыймайды
render-number = `{ $number }` талон нөмірімен файл атауға болмайды
batch-render-failed = { $line }-жолдың талонын басып шығаруға дайындау мүмкін болмады: { $why }
