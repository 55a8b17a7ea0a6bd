# Сообщения attach о сертификатах, ключах, СОС (CRL) и OCSP (src/pki, cert, ocsp), по-русски.

## Путь сертификации: почему он отклонён

path-no-issuer = издатель `{ $cert }` не найден ни среди доверенных сертификатов, ни в x5c (другой удостоверяющий центр?)
path-untrusted-root = цепочка заканчивается на `{ $cert }` — корневом сертификате, которому нет доверия
path-alg-mismatch = `{ $cert }` подписан алгоритмом { $alg }, который не подходит к ключу `{ $issuer }`
path-bad-signature = подпись на `{ $cert }` не проходит проверку ключом `{ $issuer }`
path-signer-is-ca = `{ $cert }` — сертификат удостоверяющего центра: удостоверяющий центр никогда не подписывает документы
path-not-ca = `{ $cert }` не является удостоверяющим центром (в basicConstraints не установлен cA)
path-no-cert-sign = `{ $cert }` не может подписывать сертификаты: в его keyUsage нет keyCertSign
path-len = `{ $cert }` допускает под собой сертификатов удостоверяющих центров: { $len } (pathLenConstraint), а следует { $found }
path-unknown-critical = `{ $cert }` содержит критическое расширение { $oid }, которое не обрабатывается
path-profile = `{ $cert }` нарушает профиль сертификата: { $fault }
path-name-constraints = `{ $cert }` нарушает ограничения имён `{ $ca }`: { $violation }
path-too-long = путь содержал бы больше { $max } сертификатов удостоверяющих центров или больше { $total } сертификатов
path-too-many-candidates = путь не найден среди { $count } возможных издателей
path-not-valid = { $cert } действителен с { $from } по { $to }, но не на { $at }
path-issuer-unknown = выдавшего удостоверяющего центра нет в x5c, поэтому СОС (CRL) проверить нельзя
path-no-crl = нет СОС (CRL) от `{ $issuer }` (СОС выпущен другим удостоверяющим центром)
path-crl-not-signed = СОС (CRL) не подписан `{ $issuer }`
path-no-crl-sign = `{ $issuer }` не может подписывать СОС (CRL): в его keyUsage нет cRLSign
path-crl-unusable = СОС (CRL) `{ $issuer }` непригоден: { $fault }
path-crl-scope = СОС (CRL) `{ $issuer }` не охватывает { $what ->
    [CA] сертификаты удостоверяющих центров
   *[other] сертификаты конечных субъектов
}
path-crl-future = СОС (CRL) датирован будущим ({ $this_update })
path-crl-stale = СОС (CRL) устарел: его nextUpdate { $next_update } уже прошёл
path-crl-no-next-update = в СОС (CRL) нет nextUpdate, поэтому его актуальность неизвестна
path-revoked = { $cert } отозван { $revoked }, не позже проверяемого момента ({ $at })
path-ocsp = OCSP: { $fault } (запрошен { $responder })
path-ocsp-revoked = OCSP: { $cert } отозван { $revoked }, не позже проверяемого момента ({ $at }) (ответил `{ $responder }`)
path-ocsp-unreachable = OCSP недоступен ({ $why }); СОС (CRL): { $crl }
path-label-serial = серийный номер { $serial }
path-no-aki = в нём нет authorityKeyIdentifier

## BER и DER при чтении файла

ber-trailing = после элемента { $count ->
    [one] следует { $count } байт
    [few] следуют { $count } байта
   *[many] следуют { $count } байтов
}
ber-too-deep = вложенность элементов глубже { $depth }
ber-short = данные обрываются внутри элемента
ber-tag-too-long = слишком длинный номер тега
ber-indefinite-primitive = примитивный элемент неопределённой длины
ber-length-too-long = слишком длинная длина
ber-empty-bit-string-piece = пустой фрагмент BIT STRING
ber-piece-type = фрагмент строки другого типа

## Удостоверяющий центр

ca-csr = запрос на сертификат: { $why }
ca-no-randomness = нет источника случайных чисел
ca-uri-unwritable = `{ $text }` нельзя записать в сертификат: { $why }
ca-not-csr = это не запрос на сертификат PKCS#10: { $why }
ca-csr-supported = поддерживаются: ECDSA P-256, Ed25519, RSA от 2048 бит
ca-csr-rsa-bits = его ключ — RSA длиной { $bits } бит; { $supported }
ca-csr-ec-curve = ключ EC на кривой { $curve }
ca-csr-key-alg = ключ алгоритма { $oid }
ca-csr-key = его ключ — { $what }; { $supported }
ca-ed25519-layout = ключ Ed25519 не в той структуре PKCS#8, которую записывает ring

## Как сертификат нарушает профиль RFC 5280

ext-signature-alg-differs = его signatureAlgorithm отличается от алгоритма подписи внутри сертификата
ext-issuer-empty = имя его издателя пусто
ext-repeated = расширение { $oid } встречается больше одного раза
ext-malformed = его расширение { $name } искажено
ext-eku-empty = его extendedKeyUsage не называет ни одного назначения
ext-san-empty = его subjectAltName пуст
ext-san-not-critical = его субъект пуст, а subjectAltName не отмечен как критический
ext-name-constraints = его ограничения имён непригодны: { $why }
ext-policy-constraints-not-critical = его расширение policyConstraints не отмечено как критическое
ext-policy-constraints = он содержит policyConstraints, а политики сертификатов не обрабатываются
ext-policy-mappings = он содержит policyMappings, а политики сертификатов не обрабатываются
ext-inhibit-any-policy-not-critical = его расширение inhibitAnyPolicy не отмечено как критическое
ext-critical = его расширение { $name } отмечено как критическое
ext-name-constraints-not-critical = его расширение nameConstraints не отмечено как критическое
ext-no-subject-no-san = его субъект пуст, и у него нет subjectAltName
ext-cert-sign-not-ca = его keyUsage содержит keyCertSign, но он не удостоверяющий центр
ext-path-len-not-ca = у него есть pathLenConstraint, хотя он не удостоверяющий центр, подписывающий сертификаты
ext-name-constraints-not-ca = он содержит ограничения имён, а они допустимы только у удостоверяющего центра
ext-basic-not-critical = это удостоверяющий центр, и его basicConstraints не отмечено как критическое
ext-ca-no-ski = это удостоверяющий центр без subjectKeyIdentifier
ext-ca-empty-subject = это удостоверяющий центр с пустым субъектом
ext-serial-unencodable = его серийный номер нельзя закодировать
ext-serial-negative = его серийный номер отрицателен
ext-serial-zero = его серийный номер равен нулю
ext-serial-long = длина его серийного номера — { $count ->
    [one] { $count } октет
    [few] { $count } октета
   *[many] { $count } октетов
} (не больше 20)

## Ограничения имён

names-empty-subtrees = его поддеревья { $which } — пустая последовательность
names-no-subtrees = в нём нет ни разрешённых, ни исключённых поддеревьев
names-subtree-bounds = у поддерева задан минимум или максимум (RFC 5280: минимум 0, без максимума)
names-no-mailbox = `{ $text }` — не почтовый ящик
names-no-domain = `{ $text }` — не домен
names-no-host = `{ $text }` — не имя узла
names-dns-not-domain = ограничение dNSName `{ $text }` — не доменное имя
names-ip-length = ограничение iPAddress длиной { $count ->
    [one] { $count } байт
    [few] { $count } байта
   *[many] { $count } байтов
} (нужно 8 или 32: адрес и маска)
names-ip-mask = маска ограничения iPAddress { $mask } — не префикс
names-malformed = искажённое имя { $form } `{ $text }`
names-unprocessed = имя вида { $form }
names-not-permitted = { $name } не входит ни в одно из его разрешённых поддеревьев
names-excluded = { $name } входит в одно из его исключённых поддеревьев
names-malformed-violation = он ограничивает имена этого вида, а { $name } нельзя отнести ни к одному из них
names-unprocessed-violation = он ограничивает имена вида { $form }, которые не обрабатываются, а в сертификате такое имя есть
names-too-many = для проверки потребовалось бы больше { $count } сравнений имён — больше, чем допускается за одну проверку

## СОС (CRL)

crl-signature-alg-differs = его signatureAlgorithm отличается от указанного внутри
crl-no-number = в нём нет CRLNumber
crl-number-critical = его CRLNumber отмечен как критический
crl-numbers = в нём больше одного CRLNumber
crl-indirect = это косвенный или частичный (по причинам) СОС, такие не обрабатываются
crl-attribute-certs = он охватывает только атрибутные сертификаты
crl-idp-malformed = его issuingDistributionPoint искажён
crl-unknown-critical = он содержит критическое расширение { $oid }, которое не обрабатывается
crl-entry-unknown-critical = одна из записей содержит критическое расширение { $oid }, которое не обрабатывается
crl-not-x509 = это не СОС (CRL) X.509: { $why }
crl-no-tbs = в СОС (CRL) нет подписываемой части

## Сертификаты

cert-not-x509 = это не сертификат X.509: { $why }
cert-no-tbs = в сертификате нет подписываемой части
cert-no-key-usage = в сертификате нет расширения keyUsage
cert-auth-cannot-sign = сертификатом для аутентификации (clientAuth / keyEncipherment) нельзя подписывать документы
cert-lacks-signing-usage = в keyUsage нет digitalSignature и nonRepudiation
cert-signing-cannot-authenticate = сертификат для подписи не подтверждает личность: используйте сертификат для аутентификации (clientAuth)
cert-lacks-digital-signature = в keyUsage нет digitalSignature

## Алгоритмы ГОСТ

gost-unsupported = { $what } — { $name } ({ $oid }): ключи и подписи ГОСТ не поддерживаются (только ECDSA P-256, Ed25519 и RSA)
gost-the-key = ключ
gost-its-key = его ключ
gost-its-signature = его подпись
gost-its-encryption = его шифрование

## Ключи

key-rsa-too-short = ключ RSA короче 2048 бит
key-unreadable = это не закрытый ключ PKCS#8 P-256, Ed25519 или RSA и не ключ RSA в PKCS#1
key-no-pem-block = нет блока PEM PRIVATE KEY
key-encrypted-pkcs8 = зашифрованные ключи PKCS#8 не читаются: расшифруйте ключ командой `openssl pkey -in KEY -out plain.pem` (она спросит пароль) или используйте файл PKCS#12 с ATTACH_KEY_PASSWORD
key-sec1 = ключи EC в формате SEC1 не читаются; преобразуйте их командой `openssl pkcs8 -topk8 -nocrypt`
key-pem-block = неподдерживаемый блок PEM `{ $label }`
key-pkcs12-no-key = не содержит закрытого ключа
key-no-randomness = нет источника случайных чисел

## Хранилища PKCS#12

p12-wrong-password = не открывается (неверный пароль?): его MAC не сходится с этим паролем
p12-cannot-open = не открывается: { $why }
p12-not-keystore = это не хранилище ключей PKCS#12: { $why }
p12-not-ber = это ни BER, ни DER: { $why }
p12-not-sequence = это не SEQUENCE
p12-no-safe = нет authenticated safe
p12-safe-not-data = его authenticated safe — не data
p12-safe = его authenticated safe: { $why }
p12-data-without-octets = ContentInfo типа data без содержимого
p12-encrypted-data-shape = EncryptedData другой структуры
p12-mac-data = его MAC — не MacData PKCS#12
p12-mac-iterations = его MAC требует { $count ->
    [one] { $count } итерацию
    [few] { $count } итерации
   *[many] { $count } итераций
}
p12-mac-digest = не открывается: его MAC использует хеш-функцию { $digest }

## PEM

pem-not-utf8 = текст PEM не в кодировке UTF-8
pem-no-end = у блока PEM `{ $label }` нет строки END
pem-base64 = блок PEM `{ $label }` — не корректный base64: { $why }
pem-no-block = нет блока PEM `{ $label }`

## Ответы OCSP

ocsp-malformed = ответ не является ответом OCSP: { $why }
ocsp-status = вместо статуса OCSP-сервер ответил `{ $status }`
ocsp-not-basic = ответ имеет тип { $kind }, а не базовый ответ OCSP
ocsp-unverifiable = ответ подписан алгоритмом { $alg }, который здесь нельзя проверить{ $what }
ocsp-unverifiable-gost = {" "}(подписи ГОСТ не поддерживаются)
ocsp-unverifiable-key = {" "}ключом `{ $signer }`
ocsp-bad-signature = подпись ответа не проходит проверку ключом `{ $signer }`
ocsp-unauthorized = ответ подписан { $responder }, а это ни `{ $issuer }`, ни OCSP-сервер, которому он поручил подписывать ответы OCSP
ocsp-responder-invalid = OCSP-сервер `{ $responder }` { $why }
ocsp-responder-not-valid = действителен с { $from } по { $to }, но не сейчас
ocsp-responder-no-digital-signature = не может подписывать: в его keyUsage нет digitalSignature
ocsp-responder-revoked = отозван по СОС (CRL) своего издателя
ocsp-responder-named = OCSP-сервер по имени { $name }
ocsp-responder-by-key = ключ SHA-1 { $hash }
ocsp-other-certificate = ответ не называет этот сертификат (серийный номер { $serial } от `{ $issuer }`): он о другом
ocsp-nonce-other = ответ содержит не тот nonce, что был отправлен (повтор?)
ocsp-nonce-missing = в ответе нет nonce, хотя он был отправлен (повтор?)
ocsp-future = ответ датирован будущим (thisUpdate { $this_update })
ocsp-stale = ответ устарел: { $why }
ocsp-stale-next-update = его nextUpdate { $next } уже прошёл
ocsp-stale-no-next-update = в нём нет nextUpdate, а его thisUpdate { $this } старше часа
ocsp-unknown = OCSP-сервер не знает этот сертификат (статус unknown)
ocsp-no-randomness = нет источника случайных чисел для nonce OCSP
ocsp-empty = успешный, но пустой
ocsp-no-data = нет данных ответа
ocsp-signing-key = ключ подписи OCSP — не ключ P-256: { $why }

## cert info

cert-info-field = поле
cert-info-value = значение
cert-info-subject = субъект
cert-info-iin = ИИН
cert-info-bin = БИН
cert-info-surname = фамилия
cert-info-given-name = имя
cert-info-patronymic = отчество
cert-info-organization = организация
cert-info-role = роль
cert-info-purpose = назначение
cert-info-key = ключ
cert-info-signature = подпись
cert-info-valid = действителен
cert-info-issuer = издатель
cert-info-serial = серийный номер
cert-info-crl = СОС (CRL)
cert-info-ocsp = OCSP
cert-info-ca-issuers = издатели (CA issuers)
cert-info-invalid-number = { $value } (НЕДЕЙСТВИТЕЛЕН: { $why })
cert-info-fails-check = не проходит проверку
cert-info-key-unsupported = { $key } — не поддерживается
cert-info-valid-range = с { $from } по { $to }
cert-info-role-value = { $role ->
    [individual] физическое лицо
    [head] первый руководитель
    [signer] лицо с правом подписи
   *[employee] сотрудник
}
cert-info-purpose-value = { $purpose ->
    [ca] удостоверяющий центр
    [ocsp] OCSP
    [authentication] аутентификация
    [signing] подпись
    [server] сервер
   *[other] другое
}

## cert ocsp

cert-ocsp-not-checked = не проверено: { $detail }
cert-ocsp-not-der = не является ответом OCSP в DER: { $why }
cert-ocsp-no-signed-data = в ответе нет подписанных данных
cert-ocsp-responder-cert-missing = сертификата OCSP-сервера нет ни в ответе, ни среди переданных через --trust
cert-ocsp-responder-unknown = OCSP-сервер неизвестен
cert-ocsp-verifies = проходит проверку ключом `{ $signer }`
cert-ocsp-unverifiable = подписан алгоритмом { $alg }, который здесь нельзя проверить{ $what }
cert-ocsp-signature-not-checked = подпись не проверялась
cert-ocsp-signature-bad = подпись не проходит проверку
cert-ocsp-pass-issuer = передайте через --trust удостоверяющий центр, выдавший запрошенный сертификат
cert-ocsp-issuer-itself = сам выдавший удостоверяющий центр `{ $issuer }`
cert-ocsp-delegated = `{ $signer }` по поручению `{ $issuer }` (id-kp-OCSPSigning)
cert-ocsp-yes = да
cert-ocsp-no = НЕТ
cert-ocsp-not-checked-word = не проверено
cert-ocsp-verdict = { $word }: { $detail }
cert-ocsp-response-status = статус ответа
cert-ocsp-produced-at = время ответа
cert-ocsp-responder = OCSP-сервер
cert-ocsp-nonce = nonce
cert-ocsp-signed-with = алгоритм подписи
cert-ocsp-certificate = сертификат
cert-ocsp-certificate-id = серийный номер { $serial } ({ $hash })
cert-ocsp-issuer-hashes = хеши издателя
cert-ocsp-hashes = имени { $name }, ключа { $key }
cert-ocsp-revoked-at = отозван { $at }
cert-ocsp-status = статус
cert-ocsp-status-value = { $status ->
    [good] действителен
    [revoked] отозван
   *[unknown] неизвестен
}
cert-ocsp-this-update = thisUpdate
cert-ocsp-next-update = nextUpdate
cert-ocsp-signature = подпись
cert-ocsp-responder-authority = полномочия OCSP-сервера

## cert verify

cert-verify-gost = не может быть проверен: { $why }
cert-verify-purpose-any = сертификат для назначения «{ $purpose }» (--purpose не задан)
cert-verify-auth-ok = digitalSignature и clientAuth: сертификат для аутентификации
cert-verify-not-auth = сертификат для назначения «{ $purpose }», а не для аутентификации (digitalSignature и clientAuth)
cert-verify-at = `{ $text }` — не now и не время в формате RFC 3339
cert-verify-headline = { $valid ->
    [yes] ДЕЙСТВИТЕЛЕН
   *[no] НЕДЕЙСТВИТЕЛЕН
}
cert-verify-check = проверка
cert-verify-ok = успешно
cert-verify-detail = подробности
cert-verify-no-portal = не у кого спросить: укажите --portal URL, домашний каталог со встроенным порталом или --ocsp-url URL
cert-none-in-file = не содержит сертификата

## Запрос к OCSP-серверу

ocsp-portal-responder = OCSP-сервер портала ({ $portal })
ocsp-url-responder = OCSP-сервер по адресу { $url }
ocsp-url-scheme = `{ $url }` — не адрес http:// или https://
ocsp-url-http-status = { $url } ответил HTTP { $status }
