//! The fuzz harness's corpus, replayed (`examples/fuzz`): every seed and every input that
//! ever crashed a target (`tests/corpus/TARGET/crash-*`, kept with the fix) goes through its
//! target once more and is answered — no panic, no hang. A crash the fuzzer finds is a
//! regression test from the moment its file is committed.

use std::path::Path;
use std::time::{Duration, Instant};

#[path = "../../examples/fuzz/targets.rs"]
#[allow(dead_code)]
mod targets;

#[test]
fn every_seed_and_every_crash_ever_found_is_answered() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let context = targets::Context::load(&corpus).expect("tests/corpus/context");
    let mut replayed = 0;
    for target in targets::TARGETS {
        let mut files: Vec<_> = std::fs::read_dir(corpus.join(target.name))
            .unwrap_or_else(|e| panic!("tests/corpus/{}: {e}", target.name))
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no seeds for {}", target.name);
        for file in files {
            let input = std::fs::read(&file).expect("a corpus file");
            let started = Instant::now();
            let outcome = (target.run)(&context, &input);
            assert!(!outcome.is_empty(), "{}: no outcome", file.display());
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "{} took {:?}",
                file.display(),
                started.elapsed()
            );
            replayed += 1;
        }
    }
    assert!(replayed >= 25, "only {replayed} inputs in tests/corpus");
}

/// The seeds are what they say: the valid documents verify, so that mutants start from inputs
/// that reach every check rather than from ones refused at the first.
#[test]
fn the_seeds_reach_the_end_of_their_targets() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let context = targets::Context::load(&corpus).expect("tests/corpus/context");
    let run = |target: &str, file: &str| {
        let input = std::fs::read(corpus.join(target).join(file)).expect("a seed");
        (targets::find(target).expect("a target").run)(&context, &input)
    };
    let request = run("jws", "request-es256.json");
    assert!(!request.contains(":no"), "the signed request fails a check: {request}");
    let cert = run("cert", "citizen-p256.der");
    assert!(cert.contains("ours: valid"), "{cert}");
    let crl = run("crl", "issuing.der");
    assert!(crl.starts_with("(1, 1, 0)"), "signed by the issuing CA: {crl}");
    let ocsp = run("ocsp", "response-to-request.der");
    assert!(ocsp.contains("signed: Some(true)"), "{ocsp}");
    let rows = run("csv", "people.csv");
    assert!(rows.starts_with("3 rows, 0 bad"), "{rows}");
}
