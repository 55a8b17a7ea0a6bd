# Сообщения талона на русском языке: на экране (`result`, `verify-ticket`), на бумаге
# (`ticket render`) и по QR-коду. По подписям полей печатный талон читается обратно
# (`verify-ticket --printed`): каждое поле печатается как «Подпись: значение», поэтому подписи
# полей одного языка не повторяются.

help-ticket = Талоны для печати: подписанный талон в PDF, HTML или тексте для чекового принтера
help-ticket-render = Подготовить подписанный талон (или результат с ним) к печати, с QR-кодом, который его подтверждает

## Поля талона на экране и на бумаге

ticket-title = Талон прикрепления
ticket-subtitle = к медицинской организации, оказывающей первичную медико-санитарную помощь
ticket-heading = Талон прикрепления { $number }
ticket-section-patient = Пациент
ticket-section-representative = Законный представитель
ticket-section-clinic = Медицинская организация
ticket-section-request = Заявка
ticket-section-signer = Выдал и подписал
ticket-field-number = Номер талона
ticket-field-issued-at = Выдан
ticket-field-patient-name = ФИО
ticket-field-patient-iin = ИИН пациента
ticket-field-patient-birth-date = Дата рождения
ticket-field-representative-name = Представитель
ticket-field-representative-iin = ИИН представителя
ticket-field-representative-relation = Кем приходится пациенту
ticket-field-clinic-name = Организация
ticket-field-clinic-address = Адрес
ticket-field-clinic-bin = БИН
ticket-field-clinic-id = Код в справочнике
ticket-field-district-number = Участок
ticket-field-district-doctor = Участковый врач
ticket-field-attached-from = Прикреплён с
ticket-field-home-visits = Обслуживание на дому
ticket-field-request-id = Номер заявки
ticket-field-registration-number = Регистрационный номер
ticket-field-signer-name = Подписал
ticket-field-signer-position = Должность
ticket-field-signer-iin = ИИН подписавшего
ticket-yes = да
ticket-no = нет
ticket-relation = { $relation ->
    [mother] мать
   *[father] отец
}
ticket-signed-with = Подписано электронной цифровой подписью: { $who }, { $at }; сертификат { $serial }.
ticket-qr-caption = QR-код подтверждает талон: отсканируйте его и проверьте командой `attach verify-ticket --qr ТЕКСТ --printed ФАЙЛ` или на портале.
ticket-paper-note = Выдан государственной услугой «Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь».

## На экране: заключение

ticket-screen-signature = Подпись
ticket-screen-signer = { $who }, { $at }
ticket-verdict-valid = ДЕЙСТВИТЕЛЕН: талон { $number } подлинный и действует
ticket-verdict-valid-offline = ДЕЙСТВИТЕЛЕН: талон { $number } подлинный (без связи с порталом: действует ли он ещё, не проверялось)
ticket-verdict-valid-superseded = ПОДЛИННЫЙ, НО НЕ ДЕЙСТВУЕТ: талон { $number } заменён более поздним прикреплением
ticket-verdict-invalid = НЕДЕЙСТВИТЕЛЕН: талон { $number }: { $count ->
    [one] не пройдена проверка { $checks }
    [few] не пройдены проверки { $checks }
   *[many] не пройдены проверки { $checks }
}
ticket-verdict-incomplete = НЕ ПРОВЕРЕН: талон { $number }: не удалось спросить портал, выдавал ли он этот талон
ticket-superseded-headline = ЗАМЕНЁН: талон { $number } больше не действует. Его заменил талон { $by }, выданный { $at }: человек больше не прикреплён к организации «{ $clinic }».
ticket-superseded-headline-unknown = ЗАМЕНЁН: талон { $number } больше не действует: его заменило более позднее прикрепление, и человек больше не прикреплён к организации «{ $clinic }».
ticket-column-check = проверка
ticket-column-ok = итог
ticket-column-detail = подробности
ticket-check = { $name ->
    [structure] структура
    [signature] подпись
    [chain] цепочка сертификатов
    [validity] срок действия
    [revocation] отзыв
    [key_usage] назначение ключа
    [signer] подписант
    [payload] содержимое
    [issued] выдача порталом
    [qr] QR-код
    [printed] печатные поля
   *[other] { $name }
}
ticket-unknown-number = (без номера)

## `result`

result-no-request = не указана заявка: передайте REQUEST_ID или подайте на вход квитанцию или статус
result-refused = заявка { $id }: отказ ({ $code }): { $message }
result-not-written = не удалось записать результат в JSON: { $why }

## `verify-ticket`: входные данные и проверка `issued`

verify-bad-at = `{ $at }` — не sigT, не now и не время в формате RFC 3339
verify-result-without-ticket = не содержит `ticket`
verify-not-an-object = не является подписанным талоном (объектом JSON)
verify-not-a-jws = не является подписанным талоном (JWS в плоской сериализации с protected, payload и signature): { $why }
verify-portal-root = корневой сертификат портала не читается: { $why }
issued-no-number = у талона нет номера
issued-never = портал ({ $portal }) никогда не выдавал талон { $number }
issued-refused = портал ({ $portal }) отказался подтвердить талон { $number }: { $why }
issued-different = портал выдал другой талон { $number } (SHA-256 { $issued }, у этого { $this })
issued-current = выдан порталом { $at }; действующее прикрепление человека
issued-superseded = заменён талоном { $by }, выданным { $at }
issued-superseded-unknown = заменён более поздним прикреплением
issued-superseded-allowed = выдан порталом { $issued }; заменён талоном { $by }, выданным { $at }: подлинный, но больше не действует
issued-superseded-allowed-unknown = выдан порталом { $issued }; заменён более поздним прикреплением: подлинный, но больше не действует
issued-not-checked = не проверено: { $why }
issued-not-applicable = не применяется: цепочку сертификатов этого талона выдал не портал ({ $portal }); доверие решает проверка `chain`
issued-not-asked = не удалось спросить портал ({ $portal }): { $why }

## QR-код печатного талона

qr-not-a-ticket = не является QR-кодом печатного талона: { $why }
qr-why-prefix = текст не начинается с `{ $prefix }/`
qr-why-parts = в тексте { $count } частей через `/`, а должно быть { $expected }
qr-why-number = номер талона пуст
qr-why-sigt = `{ $sigt }` — не время подписи вида 2026-11-25T17:00:00Z
qr-why-count = `{ $count }` — не число сертификатов от 1 до 9
qr-why-serial = `{ $serial }` — не серийный номер сертификата в шестнадцатеричной записи
qr-why-signature = подпись записана не в base32
qr-why-digests = хеши полей записаны не в base32
qr-image-unreadable = `{ $path }` — не изображение PNG или JPEG, которое удаётся прочитать: { $why }
qr-image-none = в `{ $path }` нет QR-кода печатного талона
qr-too-long-signature = подпись { $alg } ({ $bytes } байт) не помещается в QR-код, который читает телефон (не старше версии 10): печатайте талоны, подписанные ES256 или EdDSA
qr-too-large = QR-коду понадобилась бы версия { $version }; у печатного талона она не старше 10
qr-needs-printed = без связи с порталом для `--qr` нужны печатные поля: передайте --printed ФАЙЛ (HTML или текст талона, или текст PDF) либо проверяйте на портале
qr-cert-needed = нужен сертификат подписанта (серийный номер { $serial }): передайте --signer-cert ФАЙЛ (сертификат, затем сертификат выдавшего УЦ) либо проверяйте на портале
qr-cert-unknown = сертификата с серийным номером { $serial } нет ни в --signer-cert, ни на портале ({ $portal })
qr-cert-not-held = сертификата с серийным номером { $serial } нет ни в --signer-cert, ни в --trust
qr-chain-short = по QR-коду подпись называет сертификатов: { $count }; по серийному номеру { $serial } найдено только { $found }: добавьте в --signer-cert сертификат выдавшего УЦ (chain.pem)
qr-ok = талон портала { $number } несёт подпись, время подписи и сертификат подписанта { $serial } из этого QR-кода
qr-not-at-portal = у портала ({ $portal }) нет талона { $number } с подписью из этого QR-кода
qr-differs = в QR-коде { $what } `{ $qr }`, а в талоне портала `{ $ticket }`
qr-what-sigt = время подписи
qr-what-serial = сертификат подписанта
qr-what-count = число сертификатов
printed-ok = напечатанные поля ({ $count }) в точности совпадают с подписанными
printed-number = напечатанный номер талона `{ $printed }` не совпадает с номером из QR-кода `{ $qr }`
printed-differs = напечатанное поле «{ $field }» `{ $printed }` не совпадает с подписанным `{ $signed }`
printed-differs-digest = напечатанное поле «{ $field }» `{ $printed }` — не то, что было подписано
printed-differs-unnamed = одно из напечатанных полей не совпадает с подписанным (без связи с порталом и без подписанного талона назвать его не удалось)
printed-extra-representative = напечатан законный представитель, которого нет в подписанном талоне
printed-missing-representative = в подписанном талоне есть законный представитель, но он не напечатан

## Чтение печатного талона

printed-none = в `{ $path }` нет печатного талона: ни одна строка не начинается с «{ $label }:»
printed-missing = `{ $path }`: в печатном талоне нет поля «{ $label }:»
printed-twice = `{ $path }`, строка { $line }: поле «{ $label }:» напечатано дважды (впервые в строке { $first })
printed-representative-partial = `{ $path }`: законный представитель напечатан без поля «{ $label }:»
printed-not-text = `{ $path }` — не текст (UTF-8): передайте HTML или текст талона либо текст PDF (`pdftotext`)

## `ticket render`

render-pdf-to-terminal = PDF не выводится в терминал: передайте --out ФАЙЛ или перенаправьте стандартный вывод
render-unprintable = поле талона «{ $field }» (`{ $value }`) нельзя напечатать так, чтобы оно читалось обратно без искажений: QR-код не смог бы его подтвердить
render-header = защищённый заголовок талона записан не так, как его пишет эта служба (JCS, только alg, sigT, typ и x5c): QR-код не смог бы его восстановить
render-pdf = не удалось создать PDF: { $why }
render-too-long = талон не помещается на одну страницу { $paper }
render-number = номером талона `{ $number }` нельзя назвать файл
batch-render-failed = не удалось подготовить к печати талон строки { $line }: { $why }
