# attach порталының (src/portal) және оның клиентінің (src/client) хабарлары, қазақша.

## Есептік жазбалар, кіру және сеанстар

portal-password-short = кемінде { $count } таңбадан тұруы керек
portal-password-long = { $count } байттан аспауы керек
portal-password-control = басқарушы таңбалар болмауы керек
portal-minor-register = тіркелмейді: баланы бекітуді ата-анасы сұрайды
portal-already-registered = { $iin } ЖСН үшін есептік жазба бар
portal-bad-credentials = ЖСН немесе құпиясөз қате
portal-unknown-role = { $account } есептік жазбасының рөлі белгісіз: `{ $role }`
portal-account-locked = бірнеше рет сәтсіз кіру әрекетінен кейін есептік жазба { $until } дейін бұғатталды
portal-not-logged-in = кіру орындалмаған: `attach login` іске қосыңыз
portal-session-expired = сеанстың мерзімі өтті: `attach login` қайта іске қосыңыз

## Тіркелу кезінде жеке басты растау

portal-proof-needed = тіркелу үшін жеке басыңызды растау керек: порталдың аутентификация сертификатыңызбен қол қойылған сұрауы немесе базадағы телефоныңызға жіберілген бір реттік код
portal-proof-not-registration = қол қойылған құжат тіркелуді растау емес
portal-proof-other-iin = растау { $iin } үшін емес, { $proof } ЖСН үшін берілген
portal-challenge-spent = сұрау белгісіз, мерзімі өткен немесе пайдаланылған: жаңасын сұраңыз
portal-otp-none = бұл ЖСН-ге код жіберілмеген: оны --otp арқылы сұраңыз
portal-otp-expired = кодтың мерзімі өтті: жаңасын сұраңыз
portal-otp-too-many = қате кодтар тым көп: жаңасын сұраңыз
portal-otp-wrong = код қате ({ $count } әрекет қалды)

## Порталдың куәландырушы орталығы

portal-minor-certificate = сертификат берілмейді: бала үшін ата-анасы сұрайды және қол қояды
portal-serial-not-hex = `{ $serial }` — он алтылық сан емес
portal-revocation-time = { $serial } сертификатын кері қайтарып алу уақыты `{ $at }` оқылмайды
portal-no-responder-key = OCSP серверінің кілті жоқ

## ЖТ МДҚ және медициналық ұйымдар анықтамалығы

portal-no-head-key = медициналық ұйымның бірінші басшысының кілті жоқ
portal-db-date = портал дерекқорында оқылмайтын күн бар: `{ $text }`
portal-db-region = портал дерекқорында белгісіз өңір бар: `{ $text }`

## Өтінімдер

portal-operator-only = басқа адам үшін өтінімді тек медициналық ұйымның операторы бере алады
portal-not-a-request = пайдалы жүктеме бекіту туралы өтінім емес
portal-not-the-parent = ЖТ МДҚ деректері бойынша { $parent } { $child } баласының { $relation } емес: бала үшін тек ЖТ МДҚ-да онымен байланыстырылған ата-ана сұрай алады
portal-signer-not-you = өтініш беруші немесе оның өкілі ({ $asking }) және қол қоюшы ({ $signer }) жүйеге кірген адаммен ({ $me }) сәйкес болуы керек
portal-operator-not-you = өтінімнің операторы ({ $operator }) және қол қоюшы ({ $signer }) жүйеге кірген оператормен ({ $me }) сәйкес болуы керек
portal-payload-not-base64url = пайдалы жүктеме base64url пішімінде емес
portal-duplicate-request = request_uuid { $uuid } өтінімі бұрын басқа мазмұнмен берілген
portal-not-ready = { $request } өтінімі { $status ->
    [registered] тіркелді
    [in_progress] өңделуде
   *[other] { $status } күйінде
}; қызмет берушінің шешім қабылдау мерзімі — { $deadline }

## Портал қызметтері

portal-registry-operators-only = ЖТ МДҚ-дан адамдарды тек медициналық ұйымның операторлары іздей алады
portal-nobody-left = ЖТ МДҚ-да есептік жазбасы мен бекітуі жоқ ешкім қалмады
portal-not-in-registry = { $iin } ЖТ МДҚ-да жоқ
portal-no-key-generated = кілт жасалмады
portal-bulk-size = { $count } элемент бар; пакеттік шақырудағы элементтер саны 1 мен { $max } аралығында болуы керек

## Баптаулар

portal-setting = `{ $key }` баптауы
portal-setting-value = `{ $value }` { $why }
portal-setting-count = — кемінде 1 болатын бүтін сан емес
portal-setting-threads = — `auto` та, 1-ден 256-ға дейінгі бүтін сан да емес
portal-setting-duration = — 30s, 15m, 12h сияқты ұзақтық емес
portal-setting-window = — 1s-тан 24h-қа дейінгі ұзақтық емес
portal-setting-url = — басылатын ASCII таңбаларынан тұратын, сұрауы жоқ http:// немесе https:// мекенжайы емес
portal-setting-unknown = белгісіз баптау `{ $key }`; белгілілері: { $known }

## Сервер шектеулері

portal-retry-in = { $what }; { $seconds } с кейін қайталаңыз
portal-too-many-logins = бұл мекенжайдан кіру әрекеттері тым көп
portal-too-many-failures = бұл ЖСН-ге сәтсіз кіру әрекеттері тым көп
portal-too-many-hashing = бір мезгілде кіру әрекеттері тым көп
portal-too-many-registrations = бұл мекенжайдан тіркелу әрекеттері тым көп
portal-too-many-in-flight = бұл мекенжайдан бір мезгілдегі сұраулар тым көп

## Порталды іске қосу

portal-database-gone = портал дерекқоры жоғалып кетті
portal-tls-no-key = PKCS#8 кілті жоқ
portal-tls-unusable = сертификат пен кілт жарамсыз: { $why }
portal-cannot-listen = { $address } мекенжайын тыңдау мүмкін емес: { $why }
portal-none = портал жоқ

## HTTP сұрауларының мәселелері

portal-internal = ішкі қате; себебі сервер журналында
portal-body-timeout = сұрау денесі { $seconds } с ішінде келмеді
portal-busy = портал бос емес; сәлден кейін қайталаңыз
portal-no-bearer = Bearer токені жоқ: алдымен жүйеге кіріңіз
portal-body-too-large = сұрау денесі { $kib } КиБ-тан үлкен
portal-request-body = сұрау денесі
portal-body-unread = оқу мүмкін болмады: { $why }
portal-body-not-json = күтілген JSON емес: { $why }
portal-bad-cursor = `{ $cursor }` — бұл портал берген курсор емес
portal-no-route = мұндай маршрут жоқ; олардың тізімі — GET /openapi.json
portal-wrong-method = бұл әдіске мұнда рұқсат жоқ; маршруттар тізімі — GET /openapi.json

## HTTP арқылы портал клиенті

client-plain-http = `{ $base }` — жергілікті емес хостқа ашық http://: құпиясөздер мен токендер желі арқылы ашық мәтінмен өтеді; https:// пайдаланыңыз немесе амал болмаса --insecure-http қосыңыз
client-not-http = `{ $base }` — http:// немесе https:// мекенжайы емес
client-tls-ca-hint = ; сертификаты жеке куәландырушы орталықтан берілген порталға --tls-ca ROOT.pem (немесе ATTACH_TLS_CA) керек
client-unreachable = { $base } порталы қолжетімсіз: { $why }{ $hint }
client-no-answer = { $base } порталы жауап бермеді
client-http-status = { $base } порталы HTTP { $status } ({ $content_type }) деп жауап берді
client-unexpected-json = { $base } порталы { $path } сұрауына күтпеген JSON-мен жауап берді: { $why }
client-miscounted = { $base } порталы { $path } сұрауына жіберілгендерге сәйкес келмейтін элементтермен жауап берді
client-root-not-pem = { $base } порталы PEM пішімінде емес түбірлік сертификат жіберді
client-sessions-file = сеанстар файлы емес: { $why }; оны өшіріп, қайта кіріңіз
client-not-logged-in = { $portal } порталына кіру орындалмаған: `attach login --iin IIN` іске қосыңыз
