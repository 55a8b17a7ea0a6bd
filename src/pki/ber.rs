//! BER read as a tree and written back as DER lengths: indefinite lengths made definite, and
//! universal strings sent in pieces (constructed OCTET STRINGs, BIT STRINGs …) joined into one.
//! The national authority's Java tools write PKCS#12 files so, which the DER-only readers of
//! this crate's dependencies refuse ("indefinite length disallowed"). Set order and the like,
//! which only signatures could tell apart, are left as they are.

/// One element: its identifier octets and either its content or its children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Primitive { tag: Vec<u8>, content: Vec<u8> },
    Constructed { tag: Vec<u8>, children: Vec<Node> },
}

/// Elements nested deeper than this are refused, so that a hostile file cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

impl Node {
    pub fn children(&self) -> &[Node] {
        match self {
            Node::Constructed { children, .. } => children,
            Node::Primitive { .. } => &[],
        }
    }

    pub fn children_mut(&mut self) -> Option<&mut Vec<Node>> {
        match self {
            Node::Constructed { children, .. } => Some(children),
            Node::Primitive { .. } => None,
        }
    }

    pub fn tag(&self) -> &[u8] {
        match self {
            Node::Primitive { tag, .. } | Node::Constructed { tag, .. } => tag,
        }
    }

    /// The content of a primitive element.
    pub fn content(&self) -> Option<&[u8]> {
        match self {
            Node::Primitive { content, .. } => Some(content),
            Node::Constructed { .. } => None,
        }
    }

    /// DER lengths throughout.
    pub fn encode(&self) -> Vec<u8> {
        let (tag, content) = match self {
            Node::Primitive { tag, content } => (tag, content.clone()),
            Node::Constructed { tag, children } => (tag, children.iter().flat_map(Node::encode).collect()),
        };
        let mut out = tag.clone();
        let len = content.len();
        if len < 0x80 {
            out.push(len as u8);
        } else {
            let bytes: Vec<u8> = len.to_be_bytes().into_iter().skip_while(|&b| b == 0).collect();
            out.push(0x80 | bytes.len() as u8);
            out.extend(bytes);
        }
        out.extend(content);
        out
    }
}

/// Reads exactly one element from `bytes`.
pub fn parse(bytes: &[u8]) -> Result<Node, String> {
    let (node, rest) = element(bytes, 0)?;
    if !rest.is_empty() {
        return Err(crate::t!("ber-trailing", count = rest.len()));
    }
    Ok(node)
}

fn element(bytes: &[u8], depth: usize) -> Result<(Node, &[u8]), String> {
    if depth > MAX_DEPTH {
        return Err(crate::t!("ber-too-deep", depth = MAX_DEPTH));
    }
    let short = || crate::t!("ber-short");
    let first = *bytes.first().ok_or_else(short)?;
    let mut tag_len = 1;
    if first & 0x1f == 0x1f {
        // A tag number in several octets, the last without the high bit.
        loop {
            let b = *bytes.get(tag_len).ok_or_else(short)?;
            tag_len += 1;
            if b & 0x80 == 0 {
                break;
            }
            if tag_len > 6 {
                return Err(crate::t!("ber-tag-too-long"));
            }
        }
    }
    let tag = bytes[..tag_len].to_vec();
    let constructed = first & 0x20 != 0;
    let rest = &bytes[tag_len..];
    let length = *rest.first().ok_or_else(short)?;
    let rest = &rest[1..];
    if length == 0x80 {
        if !constructed {
            return Err(crate::t!("ber-indefinite-primitive"));
        }
        let mut children = Vec::new();
        let mut rest = rest;
        loop {
            if rest.starts_with(&[0, 0]) {
                return Ok((constructed_node(tag, children)?, &rest[2..]));
            }
            let (child, after) = element(rest, depth + 1)?;
            children.push(child);
            rest = after;
        }
    }
    let (len, rest) = if length < 0x80 {
        (usize::from(length), rest)
    } else {
        let n = usize::from(length & 0x7f);
        if n > 4 || rest.len() < n {
            return Err(crate::t!("ber-length-too-long"));
        }
        (rest[..n].iter().fold(0usize, |acc, &b| (acc << 8) | usize::from(b)), &rest[n..])
    };
    if rest.len() < len {
        return Err(short());
    }
    let (content, after) = rest.split_at(len);
    if !constructed {
        return Ok((Node::Primitive { tag, content: content.to_vec() }, after));
    }
    let mut children = Vec::new();
    let mut inner = content;
    while !inner.is_empty() {
        let (child, next) = element(inner, depth + 1)?;
        children.push(child);
        inner = next;
    }
    Ok((constructed_node(tag, children)?, after))
}

/// A constructed element; a universal string type sent in pieces becomes one primitive.
fn constructed_node(tag: Vec<u8>, children: Vec<Node>) -> Result<Node, String> {
    let universal_string = tag.len() == 1 && tag[0] & 0xc0 == 0 && !matches!(tag[0] & 0x1f, 16 | 17);
    if !universal_string {
        return Ok(Node::Constructed { tag, children });
    }
    let primitive_tag = vec![tag[0] & !0x20];
    let pieces = join(&children, &primitive_tag)?;
    // A BIT STRING's pieces each start with their count of unused bits; only the last may
    // have any.
    let content = if primitive_tag[0] == 0x03 {
        let mut unused = 0;
        let mut bits = Vec::new();
        for piece in &pieces {
            let (&count, data) =
                piece.split_first().ok_or_else(|| crate::t!("ber-empty-bit-string-piece"))?;
            unused = count;
            bits.extend_from_slice(data);
        }
        std::iter::once(unused).chain(bits).collect()
    } else {
        pieces.concat()
    };
    Ok(Node::Primitive { tag: primitive_tag, content })
}

/// The contents of a string's pieces, each of the string's own type.
fn join(children: &[Node], tag: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    children
        .iter()
        .map(|child| match child {
            Node::Primitive { tag: t, content } if t == tag => Ok(content.clone()),
            _ => Err(crate::t!("ber-piece-type")),
        })
        .collect()
}

/// A constructed `[n] IMPLICIT OCTET STRING` (the encrypted content of CMS EncryptedData, which
/// BER may send in pieces) as the primitive element DER has.
pub fn implicit_octets(node: &Node) -> Result<Node, String> {
    match node {
        Node::Constructed { tag, children } => {
            let pieces = join(children, &[0x04])?;
            Ok(Node::Primitive { tag: vec![tag[0] & !0x20], content: pieces.concat() })
        }
        primitive => Ok(primitive.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(text: &str) -> Vec<u8> {
        let text: String = text.split_whitespace().collect();
        (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap()).collect()
    }

    /// BER in, DER out (X.690 examples and what Java's keystores write).
    const CASES: &[(&str, &str)] = &[
        // Indefinite SEQUENCE of an INTEGER.
        ("30 80 02 01 05 00 00", "30 03 02 01 05"),
        // An OCTET STRING in two pieces, inside an indefinite [0].
        ("a0 80 24 80 04 02 aa bb 04 01 cc 00 00 00 00", "a0 05 04 03 aa bb cc"),
        // A BIT STRING in pieces: the last piece's unused bits count.
        ("23 80 03 02 00 0f 03 02 04 f0 00 00", "03 03 04 0f f0"),
        // A length in the long form where the short one does.
        ("04 81 02 01 02", "04 02 01 02"),
        // A SET stays constructed.
        ("31 80 02 01 01 00 00", "31 03 02 01 01"),
    ];

    #[test]
    fn ber_becomes_der() {
        for (ber, der) in CASES {
            assert_eq!(parse(&hex(ber)).unwrap().encode(), hex(der), "{ber}");
        }
    }

    #[test]
    fn broken_ber_is_refused() {
        for ber in
            ["30 80 02 01 05", "04 80 00 00", "30 05 02 01", "24 80 02 01 05 00 00", "30 03 02 01 05 ff"]
        {
            assert!(parse(&hex(ber)).is_err(), "{ber}");
        }
        let deep: Vec<u8> = std::iter::repeat_n([0x30, 0x80], 100).flatten().collect();
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn an_implicit_octet_string_in_pieces_is_joined() {
        let node = parse(&hex("a0 80 04 01 aa 04 01 bb 00 00")).unwrap();
        assert_eq!(implicit_octets(&node).unwrap().encode(), hex("80 02 aa bb"));
    }
}
