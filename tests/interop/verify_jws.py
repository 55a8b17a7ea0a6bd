#!/usr/bin/env python3
"""Independent verifier of `attach` signed documents (SPEC section 5).

Why: the Rust crate signs and verifies its own documents with one code path, so a bug
shared by signer and verifier (a wrong signature encoding, a non-canonical payload, a
mislabelled header) would go unnoticed. This script shares no code with the crate and
uses only Python's `cryptography` package, to cross-check what the Rust signer emits.

Usage: verify_jws.py SIGNED.json ROOT.pem
  -> prints `ok ALG TYP` and exits 0, or prints `FAIL: reason` to stderr and exits 1.

SIGNED.json is a flattened JWS {"protected", "payload", "signature"}, or an object whose
member `ticket` is one (e.g. the output of `attach result`). Checks:
  1. the protected header is a JSON object with `alg` in ES256/EdDSA/RS256, a known
     `typ`, `x5c` = [leaf, issuing CA] as standard base64 DER, and `sigT` RFC 3339 UTC;
  2. the signature over ASCII(protected "." payload) with x5c[0]'s key, whose type must
     match `alg` (ES256 signatures are raw r||s, 64 bytes);
  3. x5c[0] is issued and signed by x5c[1], x5c[1] by the root in ROOT.pem (PEM or DER);
  4. the payload bytes are exactly the RFC 8785 (JCS) form of the JSON they hold;
  5. the payload's `type` matches `typ`.
Not checked here: validity periods, revocation, key usage and who the signer is.
"""
import base64
import datetime
import json
import re
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

TYPES = {"phc-attachment-request+jws": "phc-attachment-request",
         "phc-attachment-ticket+jws": "phc-attachment-ticket"}
ALGS = ("ES256", "EdDSA", "RS256")


class Fail(Exception):
    pass


def b64url(s, what):
    if not isinstance(s, str) or not re.fullmatch(r"[A-Za-z0-9_-]*", s) or len(s) % 4 == 1:
        raise Fail(f"{what}: not unpadded base64url")
    raw = base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    if base64.urlsafe_b64encode(raw).rstrip(b"=").decode() != s:
        raise Fail(f"{what}: non-canonical base64url")
    return raw


def strict_json(raw, what):
    def no_dupes(pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise Fail(f"{what}: duplicate member")
        return dict(pairs)

    def no_constant(c):
        raise Fail(f"{what}: {c} is not JSON")

    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=no_dupes,
                          parse_constant=no_constant)
    except (UnicodeDecodeError, ValueError) as e:
        raise Fail(f"{what}: not JSON ({e})")


def jcs(v):
    """RFC 8785 for documents of strings, integers, booleans, null, objects, arrays."""
    if v is None or isinstance(v, bool):
        return json.dumps(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):  # JSON.stringify: escape only '"', '\\' and controls
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ",".join(jcs(x) for x in v) + "]"
    if isinstance(v, dict):  # keys ordered by UTF-16 code units
        keys = sorted(v, key=lambda k: k.encode("utf-16-be", "surrogatepass"))
        return "{" + ",".join(jcs(k) + ":" + jcs(v[k]) for k in keys) + "}"
    raise Fail(f"payload: unsupported value {v!r} (non-integer number)")


def load_root(path):
    data = open(path, "rb").read()
    try:
        return x509.load_pem_x509_certificate(data)
    except ValueError:
        return x509.load_der_x509_certificate(data)


def issued_by(cert, issuer, what):
    try:
        cert.verify_directly_issued_by(issuer)
    except Exception as e:  # InvalidSignature, ValueError (names), TypeError (key)
        raise Fail(f"chain: {what}: {type(e).__name__} {e}".rstrip())
    bc = [e.value for e in issuer.extensions if isinstance(e.value, x509.BasicConstraints)]
    if not (bc and bc[0].ca):
        raise Fail(f"chain: {what}: issuer is not a CA")


def verify(doc, root):
    if isinstance(doc, dict) and isinstance(doc.get("ticket"), dict):
        doc = doc["ticket"]
    if not isinstance(doc, dict) or set(doc) != {"protected", "payload", "signature"}:
        raise Fail("structure: expected exactly protected, payload, signature")
    header = strict_json(b64url(doc["protected"], "protected"), "header")
    if not isinstance(header, dict):
        raise Fail("header: not an object")
    alg, typ, x5c, sigt = (header.get(k) for k in ("alg", "typ", "x5c", "sigT"))
    if alg not in ALGS:
        raise Fail(f"header: alg {alg!r} not allowed")
    if not isinstance(typ, str) or typ not in TYPES:
        raise Fail(f"header: unknown typ {typ!r}")
    if "crit" in header:
        raise Fail("header: unexpected crit")
    if not isinstance(sigt, str) or not re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", sigt):
        raise Fail(f"header: sigT {sigt!r} is not RFC 3339 UTC")
    try:
        datetime.datetime.fromisoformat(sigt)
    except ValueError:
        raise Fail(f"header: sigT {sigt!r} is not a valid time")
    if not isinstance(x5c, list) or len(x5c) != 2:
        raise Fail("header: x5c must be [leaf, issuing CA]")
    try:
        leaf, ca = (x509.load_der_x509_certificate(base64.b64decode(c, validate=True))
                    for c in x5c)
    except (ValueError, TypeError) as e:
        raise Fail(f"header: x5c entry is not standard base64 of a DER certificate ({e})")

    payload = b64url(doc["payload"], "payload")
    sig = b64url(doc["signature"], "signature")
    signing_input = (doc["protected"] + "." + doc["payload"]).encode("ascii")
    key = leaf.public_key()
    try:
        if alg == "ES256":
            if not (isinstance(key, ec.EllipticCurvePublicKey)
                    and isinstance(key.curve, ec.SECP256R1)):
                raise Fail("signature: ES256 needs a P-256 leaf key")
            if len(sig) != 64:
                raise Fail(f"signature: ES256 signature is {len(sig)} bytes, not 64")
            der = encode_dss_signature(int.from_bytes(sig[:32], "big"),
                                       int.from_bytes(sig[32:], "big"))
            key.verify(der, signing_input, ec.ECDSA(hashes.SHA256()))
        elif alg == "EdDSA":
            if not isinstance(key, ed25519.Ed25519PublicKey):
                raise Fail("signature: EdDSA needs an Ed25519 leaf key")
            key.verify(sig, signing_input)
        else:
            if not isinstance(key, rsa.RSAPublicKey) or key.key_size < 2048:
                raise Fail("signature: RS256 needs an RSA leaf key of 2048 bits or more")
            key.verify(sig, signing_input, padding.PKCS1v15(), hashes.SHA256())
    except Fail:
        raise
    except Exception as e:
        raise Fail(f"signature: does not verify ({type(e).__name__})")

    if ca == root:
        raise Fail("chain: x5c must not contain the root")
    issued_by(leaf, ca, "leaf not issued by x5c[1]")
    issued_by(ca, root, "x5c[1] not issued by the trusted root")

    document = strict_json(payload, "payload")
    try:
        canonical = jcs(document).encode("utf-8")
    except UnicodeEncodeError:
        raise Fail("payload: lone surrogate in a string")
    if canonical != payload:
        raise Fail("payload: not in JCS canonical form")
    kind = document.get("type") if isinstance(document, dict) else None
    if kind != TYPES[typ]:
        raise Fail(f"payload: type {kind!r} does not match typ {typ}")
    return alg, typ


def main(argv):
    if len(argv) != 3:
        print("usage: verify_jws.py SIGNED.json ROOT.pem", file=sys.stderr)
        return 2
    try:
        with open(argv[1], "rb") as f:
            doc = strict_json(f.read(), "input")
        alg, typ = verify(doc, load_root(argv[2]))
    except Fail as e:
        print(f"FAIL: {e}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as e:
        print(f"FAIL: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    print(f"ok {alg} {typ}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
