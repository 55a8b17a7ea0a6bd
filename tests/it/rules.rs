//! One rule per field, whichever command a value enters by: `request`'s flags, a batch row
//! (dry run), a document given to `sign`, and a signed document sent to the portal straight
//! (a client that skipped every check) get the same verdict for the same value.

use attach::domain::document::Kind;

use crate::fixture::{forge, now};
use crate::home::{CITIZEN, Home};

/// A value for one field and whether the service takes it.
struct Case {
    what: &'static str,
    phone: Option<&'static str>,
    address: Option<&'static str>,
    org: &'static str,
    taken: bool,
}

const CASES: &[Case] = &[
    Case {
        what: "a phone in E.164",
        phone: Some("+77012345678"),
        address: None,
        org: "MNG-0001",
        taken: true,
    },
    Case {
        what: "a phone that is none",
        phone: Some("call me maybe"),
        address: None,
        org: "MNG-0001",
        taken: false,
    },
    Case {
        what: "a phone of 16 digits",
        phone: Some("+7701234567812345"),
        address: None,
        org: "MNG-0001",
        taken: false,
    },
    Case {
        what: "an address in Актау",
        phone: None,
        address: Some("Актау, 5 мкр., д. 2"),
        org: "MNG-0001",
        taken: true,
    },
    Case {
        what: "an address of no locality",
        phone: None,
        address: Some("ул. Абая, д. 5"),
        org: "MNG-0001",
        taken: false,
    },
    Case {
        what: "an address of 300 letters",
        phone: None,
        address: Some(LONG),
        org: "MNG-0001",
        taken: false,
    },
    Case { what: "a clinic id in lower case", phone: None, address: None, org: "mng-0001", taken: true },
    Case { what: "a clinic id with a space", phone: None, address: None, org: "MNG 0001", taken: false },
];

const LONG: &str = "Актау, ддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддддд";

#[test]
fn every_entry_gives_the_same_verdict_for_the_same_value() {
    let home = Home::new();
    let me = home.citizen(CITIZEN);
    // A document that passes, to change one field of for `sign` and the portal.
    let base = home.request("MNG-0001", "first_attachment");
    for (n, case) in CASES.iter().enumerate() {
        let mut verdicts = Vec::new();

        let mut request = home.attach();
        request = request.args(["request", "--org", case.org, "--reason", "first_attachment"]);
        if let Some(phone) = case.phone {
            request = request.args(["--phone", phone]);
        }
        if let Some(address) = case.address {
            request = request.args(["--address", address]);
        }
        verdicts.push(("request", request.run().code == 0));

        let csv = format!(
            "iin;org;reason;phone;address\n{CITIZEN};{};first_attachment;{};{}\n",
            case.org,
            case.phone.unwrap_or(""),
            case.address.unwrap_or("")
        );
        std::fs::write(home.path("rows.csv"), csv).expect("CSV");
        let dry = home.attach().args(["batch", "rows.csv", "--dry-run"]).run();
        verdicts.push(("batch --dry-run", dry.code == 0));

        let mut document = base.clone();
        document["request_uuid"] = serde_json::json!(format!("00000000-0000-4000-8000-{n:012}"));
        if let Some(phone) = case.phone {
            document["applicant"]["phone"] = serde_json::json!(phone);
        }
        if let Some(address) = case.address {
            document["applicant"]["address"] = serde_json::json!(address);
        }
        document["organization"]["id"] = serde_json::json!(case.org);
        let signed = home.attach().arg("sign").args(me.key_arg()).stdin(document.to_string()).run();
        verdicts.push(("sign", signed.code == 0));

        let submitted = home.submit(&forge(&me, &document, Kind::Request, now()));
        verdicts.push(("the portal", submitted.code == 0));

        for (entry, taken) in &verdicts {
            assert_eq!(
                *taken,
                case.taken,
                "{}: {entry} says {}",
                case.what,
                if *taken { "taken" } else { "refused" }
            );
        }
    }
}
