//! `GET /openapi.json`: the OpenAPI 3.1 description of the portal, built from [`ROUTES`]. A
//! test walks the table against the router — every route described is served, every route
//! served is described — so the two cannot drift apart.

use serde_json::{Value, json};

/// One operation of the API.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub operation: &'static str,
    pub summary: &'static str,
    /// Needs `Authorization: Bearer TOKEN`.
    pub auth: bool,
    /// The success status and the schema (a component name) or media type of its body.
    pub ok: (u16, Body),
    /// The request body's schema (a component name), or its media type when it is not JSON
    /// (a name with a `/`).
    pub request: Option<&'static str>,
}

#[derive(Debug, Clone, Copy)]
pub enum Body {
    Json(&'static str),
    Page(&'static str),
    Media(&'static str),
    Empty,
}

pub const ROUTES: &[Route] = &[
    Route {
        method: "get",
        path: "/v1/health",
        operation: "health",
        summary: "Liveness and version",
        auth: false,
        ok: (200, Body::Json("Health")),
        request: None,
    },
    Route {
        method: "post",
        path: "/v1/accounts/challenge",
        operation: "challenge",
        summary: "A nonce to sign with an authentication certificate, to register",
        auth: false,
        ok: (201, Body::Json("Challenge")),
        request: None,
    },
    Route {
        method: "post",
        path: "/v1/accounts/otp",
        operation: "sendOtp",
        summary: "A one-time code to the phone on record, to register (the same answer for every IIN)",
        auth: false,
        ok: (202, Body::Json("OtpSent")),
        request: Some("OtpRequest"),
    },
    Route {
        method: "post",
        path: "/v1/accounts",
        operation: "register",
        summary: "Register a person of ГБД ФЛ, on proof of identity",
        auth: false,
        ok: (201, Body::Json("Registered")),
        request: Some("Registration"),
    },
    Route {
        method: "post",
        path: "/v1/sessions",
        operation: "login",
        summary: "Log in",
        auth: false,
        ok: (201, Body::Json("NewSession")),
        request: Some("Credentials"),
    },
    Route {
        method: "delete",
        path: "/v1/sessions/current",
        operation: "logout",
        summary: "Log out",
        auth: true,
        ok: (204, Body::Empty),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/me",
        operation: "me",
        summary: "The session's person",
        auth: true,
        ok: (200, Body::Json("Me")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/orgs",
        operation: "orgs",
        summary: "The directory of clinics (?region=&search=&limit=&cursor=)",
        auth: false,
        ok: (200, Body::Page("Org")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/orgs/{id}",
        operation: "org",
        summary: "One clinic",
        auth: false,
        ok: (200, Body::Json("Org")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/registry/people/{iin}",
        operation: "person",
        summary: "ГБД ФЛ lookup (operators only)",
        auth: true,
        ok: (200, Body::Json("Person")),
        request: None,
    },
    Route {
        method: "post",
        path: "/v1/requests",
        operation: "submit",
        summary: "Submit a signed request (idempotent by request_uuid)",
        auth: true,
        ok: (200, Body::Json("Receipt")),
        request: Some("Jws"),
    },
    Route {
        method: "post",
        path: "/v1/batch/people",
        operation: "lookupPeople",
        summary: "ГБД ФЛ lookups for up to 100 people at once (operators only): a person or null for each IIN, in order",
        auth: true,
        ok: (200, Body::Json("PeopleFound")),
        request: Some("PeopleQuery"),
    },
    Route {
        method: "post",
        path: "/v1/batch/requests",
        operation: "submitAll",
        summary: "Submit up to 100 signed requests at once: for each, in order, its receipt and outcome (null while undecided) or its problem",
        auth: true,
        ok: (200, Body::Json("Submissions")),
        request: Some("SubmissionList"),
    },
    Route {
        method: "get",
        path: "/v1/requests",
        operation: "requests",
        summary: "The session's requests, newest first (?limit=&cursor=&state=&since=&iin=&org=), a page from the index however far into the list",
        auth: true,
        ok: (200, Body::Page("Status")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/requests/{id}",
        operation: "status",
        summary: "A request's status",
        auth: true,
        ok: (200, Body::Json("Status")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/requests/{id}/result",
        operation: "result",
        summary: "A request's result (409 not_ready before the decision)",
        auth: true,
        ok: (200, Body::Json("Outcome")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/tickets/{number}",
        operation: "ticket",
        summary: "The ticket registry: issued, current or superseded",
        auth: false,
        ok: (200, Body::Json("TicketRecord")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/tickets/{number}/signed",
        operation: "signedTicket",
        summary: "The signed ticket whose signature a printed ticket's QR code carries (404 for any other signature)",
        auth: false,
        ok: (200, Body::Json("Jws")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/pki/certs/{serial}",
        operation: "certificate",
        summary: "A certificate the authority issued, by serial (hex), then its issuing CA's (PEM)",
        auth: false,
        ok: (200, Body::Media("application/x-pem-file")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/pki/ca",
        operation: "ca",
        summary: "The trust anchor",
        auth: false,
        ok: (200, Body::Media("application/x-pem-file")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/pki/crl",
        operation: "crl",
        summary: "The issuing CA's revocation list",
        auth: false,
        ok: (200, Body::Media("application/pkix-crl")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/pki/crl/root",
        operation: "rootCrl",
        summary: "The root's revocation list of the CAs below it (with the issuing CA's, what `openssl verify -crl_check_all` needs)",
        auth: false,
        ok: (200, Body::Media("application/pkix-crl")),
        request: None,
    },
    Route {
        method: "get",
        path: "/v1/pki/ca/issuing",
        operation: "issuingCa",
        summary: "The issuing CA's certificate, DER (the caIssuers URL of issued certificates)",
        auth: false,
        ok: (200, Body::Media("application/pkix-cert")),
        request: None,
    },
    Route {
        method: "post",
        path: "/v1/pki/ocsp",
        operation: "ocsp",
        summary: "The OCSP responder (RFC 6960): a DER OCSPRequest in, a signed DER OCSPResponse out",
        auth: false,
        ok: (200, Body::Media("application/ocsp-response")),
        request: Some("application/ocsp-request"),
    },
    Route {
        method: "post",
        path: "/v1/test/identities",
        operation: "testIdentity",
        summary: "A fresh synthetic person with account, key and certificate (only with --allow-test-identities)",
        auth: false,
        ok: (201, Body::Json("TestIdentity")),
        request: None,
    },
    Route {
        method: "get",
        path: "/openapi.json",
        operation: "openapi",
        summary: "This description",
        auth: false,
        ok: (200, Body::Media("application/json")),
        request: None,
    },
];

/// Required query parameters of an operation, and the pattern of each.
const QUERIES: &[(&str, &str, &str)] = &[("signedTicket", "signature", "^[A-Za-z0-9_-]+$")];

fn string() -> Value {
    json!({"type": "string"})
}

fn object(required: &[&str], properties: Value) -> Value {
    json!({"type": "object", "required": required, "properties": properties})
}

fn schemas() -> Value {
    let s = string();
    let ns = json!({"type": ["string", "null"]});
    json!({
        "Problem": object(&["type", "title", "status", "detail", "code"], json!({
            "type": s, "title": s, "status": {"type": "integer"}, "detail": s,
            "code": {"type": "string", "description": "the stable error code"}})),
        "Health": object(&["status", "version"], json!({"status": s, "version": s})),
        "Registration": object(&["iin", "password", "proof"], json!({"iin": s, "password": s, "phone": s, "email": s,
            "proof": {"oneOf": [object(&["signature"], json!({"signature": schema_ref("Jws")})),
                                object(&["otp"], json!({"otp": {"type": "string", "pattern": "^[0-9]{6}$"}}))],
                      "description": "a phc-registration+jws over the IIN and a challenge's nonce, signed with the person's authentication certificate; or the one-time code sent to the phone on record"}})),
        "Challenge": object(&["nonce", "expires_at"], json!({"nonce": s, "expires_at": s})),
        "OtpRequest": object(&["iin"], json!({"iin": s})),
        "OtpSent": object(&["iin", "expires_at"], json!({"iin": s, "expires_at": s})),
        "Registered": object(&["iin", "registered_at"], json!({"iin": s, "registered_at": s})),
        "Credentials": object(&["iin", "password"], json!({"iin": s, "password": s})),
        "NewSession": object(&["token", "iin", "role", "expires_at"], json!({
            "token": s, "iin": s, "role": {"enum": ["citizen", "operator"]}, "expires_at": s})),
        "Me": object(&["iin", "full_name", "birth_date", "sex", "region", "address", "role", "org", "attachment"], json!({
            "iin": s, "full_name": s, "birth_date": s, "sex": s, "region": s, "address": s,
            "role": {"enum": ["citizen", "operator"]}, "org": ns,
            "attachment": {"type": ["object", "null"]},
            "children": {"type": "array", "description": "the person's children under 18, as ГБД ФЛ links them",
                         "items": object(&["iin", "full_name", "birth_date", "address", "relation", "attachment"], json!({
                             "iin": s, "full_name": s, "birth_date": s, "address": s,
                             "relation": {"enum": ["mother", "father"]}, "attachment": {"type": ["object", "null"]}}))}})),
        "Org": object(&["id", "bin", "name", "region", "address", "capacity", "attached", "open"], json!({
            "id": s, "bin": s, "name": s, "region": s, "address": s,
            "capacity": {"type": "integer"}, "attached": {"type": "integer"}, "open": {"type": "boolean"}})),
        "Person": object(&["iin", "full_name", "birth_date", "sex", "region", "address", "deceased", "attachment", "parents"], json!({
            "iin": s, "full_name": s, "birth_date": s, "sex": s, "region": s, "address": s,
            "deceased": {"type": "boolean"},
            "attachment": {"oneOf": [object(&["org", "since"], json!({"org": s, "since": s})), {"type": "null"}],
                           "description": "the attachment in force: clinic id and the date it began"},
            "parents": {"type": "array", "description": "a child's parents, as ГБД ФЛ links them (none for an adult)",
                        "items": object(&["iin", "full_name", "relation"], json!({
                            "iin": s, "full_name": s, "relation": {"enum": ["mother", "father"]}}))}})),
        "Jws": object(&["protected", "payload", "signature"], json!({"protected": s, "payload": s, "signature": s})),
        "Receipt": object(&["request_id", "request_uuid", "registration_number", "iin", "service", "status", "submitted_at", "deadline"], json!({
            "request_id": s, "request_uuid": s, "registration_number": s, "iin": s, "service": s,
            "status": s, "submitted_at": s, "deadline": s})),
        "Status": object(&["request_id", "registration_number", "iin", "service", "status", "submitted_at", "updated_at", "deadline"], json!({
            "request_id": s, "registration_number": s, "iin": s, "service": s,
            "status": {"enum": ["submitted", "registered", "completed", "refused"]},
            "submitted_at": s, "updated_at": s, "deadline": s})),
        "Outcome": object(&["request_id", "outcome"], json!({
            "request_id": s, "outcome": {"enum": ["attached", "refused"]},
            "ticket": {"$ref": "#/components/schemas/Jws"},
            "refusal": object(&["code", "message"], json!({"code": s, "message": s}))})),
        "PeopleQuery": object(&["iins"], json!({"iins": {"type": "array", "items": s, "maxItems": 100}})),
        "PeopleFound": object(&["people"], json!({"people": {"type": "array", "items": {
            "oneOf": [schema_ref("Person"), {"type": "null"}]}}})),
        "SubmissionList": object(&["requests"], json!({"requests": {"type": "array", "items": schema_ref("Jws"), "maxItems": 100}})),
        "Submissions": object(&["items"], json!({"items": {"type": "array", "items": object(&[], json!({
            "receipt": schema_ref("Receipt"),
            "outcome": {"oneOf": [schema_ref("Outcome"), {"type": "null"}]},
            "problem": schema_ref("Problem")}))}})),
        "TicketRecord": object(&["ticket_number", "sha256", "issued_at", "state"], json!({
            "ticket_number": s, "sha256": s, "issued_at": s, "state": {"enum": ["current", "superseded"]},
            "superseded_by": {"type": "string", "description": "the ticket of the attachment that superseded this one"},
            "superseded_at": {"type": "string", "description": "when that ticket was issued"}})),
        "TestIdentity": object(&["iin", "password", "key_pem", "cert_pem", "chain_pem", "org"], json!({
            "iin": s, "password": s, "key_pem": s, "cert_pem": s, "chain_pem": s, "org": s})),
    })
}

fn schema_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn operation(route: &Route) -> Value {
    let problem = json!({"description": "an error", "content": {"application/problem+json": {"schema": schema_ref("Problem")}}});
    let ok = match route.ok.1 {
        Body::Json(name) => {
            json!({"description": "success", "content": {"application/json": {"schema": schema_ref(name)}}})
        }
        Body::Page(name) => {
            json!({"description": "one page", "content": {"application/json": {"schema": object(&["items", "next_cursor"], json!({
            "items": {"type": "array", "items": schema_ref(name)},
            "next_cursor": {"type": ["string", "null"]}}))}}})
        }
        Body::Media(media) => json!({"description": "success", "content": {media: {}}}),
        Body::Empty => json!({"description": "success, no content"}),
    };
    let mut op = json!({
        "operationId": route.operation,
        "summary": route.summary,
        "responses": {route.ok.0.to_string(): ok, "default": problem},
    });
    let parameters: Vec<Value> = route
        .path
        .split('/')
        .filter_map(|part| part.strip_prefix('{').and_then(|p| p.strip_suffix('}')))
        .map(|name| json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}}))
        .collect();
    let required = QUERIES
        .iter()
        .filter(|(operation, ..)| *operation == route.operation)
        .map(|(_, name, pattern)| json!({"name": name, "in": "query", "required": true, "schema": {"type": "string", "pattern": pattern}}));
    let parameters: Vec<Value> =
        parameters.into_iter().chain(required).chain(query_parameters(route)).collect();
    if !parameters.is_empty() {
        op["parameters"] = Value::Array(parameters);
    }
    if let Some(name) = route.request {
        op["requestBody"] = if name.contains('/') {
            json!({"required": true, "content": {name: {"schema": {"type": "string", "format": "binary"}}}})
        } else {
            json!({"required": true, "content": {"application/json": {"schema": schema_ref(name)}}})
        };
    }
    if route.auth {
        op["security"] = json!([{"bearer": []}]);
    }
    op
}

/// The query parameters of a list: a page's size and cursor, and what narrows it.
fn query_parameters(route: &Route) -> Vec<Value> {
    let param = |name: &str, description: &str, schema: Value| json!({"name": name, "in": "query", "required": false, "description": description, "schema": schema});
    let mut params = Vec::new();
    if let Body::Page(_) = route.ok.1 {
        params.push(param(
            "limit",
            "at most this many items (1 to 1000)",
            json!({"type": "integer", "minimum": 1, "maximum": 1000}),
        ));
        params.push(param("cursor", "the next_cursor of the page before", json!({"type": "string"})));
    }
    if route.operation == "orgs" {
        params.push(param("region", "only the clinics of this region", json!({"type": "string"})));
        params.push(param("search", "words of the clinic's name or address", json!({"type": "string"})));
    }
    if route.operation == "requests" {
        params.push(param(
            "state",
            "only requests in this state",
            json!({"enum": crate::api::REQUEST_STATES}),
        ));
        params.push(param(
            "since",
            "only requests submitted at or after this time",
            json!({"type": "string", "format": "date-time"}),
        ));
        params.push(param(
            "iin",
            "only the requests of this applicant",
            json!({"type": "string", "pattern": "^[0-9]{12}$"}),
        ));
        params.push(param(
            "org",
            "only the requests to this clinic (an operator: the own)",
            json!({"type": "string"}),
        ));
    }
    params
}

/// The whole description.
pub fn document() -> Value {
    let mut paths = serde_json::Map::new();
    for route in ROUTES {
        let entry = paths.entry(route.path.to_owned()).or_insert_with(|| json!({}));
        entry[route.method] = operation(route);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "attach portal: attachment to a primary health care clinic",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Errors are RFC 9457 problem details with a stable `code`. Request bodies over 64 KiB are refused with 413.",
        },
        "paths": paths,
        "components": {
            "schemas": schemas(),
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    })
}
