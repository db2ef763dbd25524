//! Every command's `--json` output is a contract, written down in `schema/`: each test runs the
//! real binary, success and failure alike, and validates what it printed against its schema.
//!
//! The schemas refer to each other by relative `$ref` (`publish` is made of the others), resolved
//! offline through a registry holding every file of `schema/` under its `$id`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::ipfs_node::IpfsNode;
use crate::pinning_service::{Behaviour, PinningService};
use crate::push::{json, mirror};
use crate::support::{Project, Run};

/// The base every schema's `$id` shares; a relative `$ref` resolves against it.
const BASE: &str = "https://mirrorcast.invalid/schema/";

fn schema_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema")
}

/// Every `*.schema.json` of `schema/`: file name to its JSON.
fn schema_files() -> BTreeMap<String, Value> {
    std::fs::read_dir(schema_dir())
        .expect("read schema/")
        .map(|entry| entry.expect("a schema/ entry").path())
        .filter(|path| path.to_string_lossy().ends_with(".schema.json"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("read a schema");
            let value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
            let name = path.file_name().expect("a file name");
            (name.to_string_lossy().into_owned(), value)
        })
        .collect()
}

/// A validator for `schema/NAME.schema.json`, its references to the other files resolved
/// offline, and `format` (date-time) asserted, not just noted.
pub(crate) fn validator(name: &str) -> jsonschema::Validator {
    let files = schema_files();
    let file = format!("{name}.schema.json");
    let schema = files
        .get(&file)
        .unwrap_or_else(|| panic!("no schema/{file}"))
        .clone();
    let registry = jsonschema::Registry::new()
        .extend(files.into_iter().map(|(f, v)| (format!("{BASE}{f}"), v)))
        .expect("schema URIs")
        .prepare()
        .unwrap_or_else(|e| panic!("the schemas do not resolve: {e}"));
    jsonschema::options()
        .with_registry(&registry)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("schema/{file} is not a valid schema: {e}"))
}

/// Every way `value` breaks the validator's schema, with where.
fn violations(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| {
            format!(
                "{e} (at {:?}, schema {:?})",
                e.instance_path().to_string(),
                e.schema_path().to_string()
            )
        })
        .collect()
}

/// The JSON `run` printed, required to follow `schema/NAME.schema.json`; a field the schema
/// does not name is refused (the schema is strict at the top, as everywhere).
pub(crate) fn conforms(name: &str, run: &Run) -> Value {
    let value = json(run);
    let validator = validator(name);
    let errors = violations(&validator, &value);
    assert!(
        errors.is_empty(),
        "the output does not follow schema/{name}.schema.json:\n  {}\n{}\nstderr:\n{}",
        errors.join("\n  "),
        serde_json::to_string_pretty(&value).unwrap_or_default(),
        run.stderr
    );
    let mut more = value.as_object().expect("a JSON object").clone();
    more.insert("not-in-the-contract".into(), Value::Bool(true));
    assert!(
        !validator.is_valid(&Value::Object(more)),
        "schema/{name}.schema.json lets an unknown field through"
    );
    value
}

/// `schema/NAME.schema.json` refuses `value` once `change` is made to it: the rule it breaks is
/// one the schema really enforces.
fn refuses(name: &str, value: &Value, change: impl FnOnce(&mut Value)) {
    let mut changed = value.clone();
    change(&mut changed);
    assert!(
        !validator(name).is_valid(&changed),
        "schema/{name}.schema.json accepts what the code never prints:\n{changed}"
    );
}

/// A failed command: exit code 2, `{"error": …}` on standard output, the same message on
/// standard error.
fn fails(run: &Run) -> String {
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    let report = conforms("error", run);
    let message = report["error"].as_str().expect("a message").to_string();
    assert!(
        run.stderr.contains(&format!("error: {message}")),
        "standard error says something else:\n{}\n{message}",
        run.stderr
    );
    message
}

/// [`fails`], of this kind.
fn fails_as(run: &Run, kind: &str) -> String {
    let message = fails(run);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(report["kind"], kind, "{message}");
    message
}

/// `mirrorcast ARGS` with `vars` set.
fn run_with(p: &Project, args: &[&str], vars: &[(&str, &str)]) -> Run {
    let mut c = p.cmd(args);
    c.envs(vars.iter().copied());
    Run::from(c.output().expect("run mirrorcast"))
}

/// A project with the key pair `ci` and release 1 bundled into `dist`.
fn bundled(mirrors: &str) -> Project {
    let p = Project::new();
    p.keygen();
    p.write("mirrors.toml", mirrors);
    p.bundle();
    p
}

/// Flip one bit of a bundled page.
fn tamper(dir: &Path) {
    let page = dir.join("en/index.html");
    let mut bytes = std::fs::read(&page).expect("read the page");
    bytes[100] ^= 1;
    std::fs::write(&page, bytes).expect("write the page");
}

const USB: &str = "[[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"mirror-usb\"\n";

/// Every `$ref` in `schema`.
fn refs(schema: &Value) -> Vec<String> {
    match schema {
        Value::Object(map) => map
            .iter()
            .flat_map(|(key, value)| match (key.as_str(), value) {
                ("$ref", Value::String(r)) => vec![r.clone()],
                _ => refs(value),
            })
            .collect(),
        Value::Array(items) => items.iter().flat_map(refs).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn every_schema_is_valid_strict_and_named_by_its_id() {
    let files = schema_files();
    assert!(files.len() >= 13, "{:?}", files.keys());
    for (file, schema) in &files {
        if let Err(e) = jsonschema::meta::validate(schema) {
            panic!("schema/{file} breaks the JSON Schema meta-schema: {e}");
        }
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{file}"
        );
        assert_eq!(schema["$id"], format!("{BASE}{file}").as_str(), "{file}");
        assert!(schema["title"].is_string(), "{file} has no title");
        assert!(
            schema["description"].is_string(),
            "{file} has no description"
        );
        // A schema that names no other file compiles on its own, as any consumer would load it.
        if refs(schema).iter().all(|r| r.starts_with('#')) {
            jsonschema::validator_for(schema)
                .unwrap_or_else(|e| panic!("schema/{file} does not compile alone: {e}"));
        } else {
            assert!(
                jsonschema::validator_for(schema).is_err(),
                "{file} names another file, which validator_for cannot fetch offline"
            );
        }
        let name = file.trim_end_matches(".schema.json");
        let validator = validator(name);
        // Nothing is optional at the top: every report has required fields.
        assert!(
            !validator.is_valid(&serde_json::json!({})),
            "{file} accepts an empty object"
        );
    }
}

#[test]
fn every_schema_file_is_exercised_by_a_test_here() {
    // The tests here, and those of commands with a module of their own.
    let source: String = [include_str!("schemas.rs"), include_str!("serve.rs")]
        .concat()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let unexercised: Vec<String> = schema_files()
        .into_keys()
        .filter(|file| {
            let name = file.trim_end_matches(".schema.json");
            !source.contains(&format!("conforms(\"{name}\","))
        })
        .collect();
    assert!(
        unexercised.is_empty(),
        "no test validates an output against {unexercised:?}"
    );
}

#[test]
fn keygen_and_init_report_their_keys_and_refuse_to_overwrite() {
    let p = Project::empty();
    let plain = p.run(&[
        "keygen",
        "--json",
        "--unencrypted",
        "--secret-key",
        "a.key",
        "--public-key",
        "a.pub",
    ]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    let report = conforms("keygen", &plain);
    assert_eq!(report["encrypted"], false);
    assert_eq!(report["secret-key-file"], "a.key");
    // Lower-case hex is refused. A random id may hold no letter at all (about 1 in 1,800), so
    // the last digit becomes one: lower-casing alone once made this check fail by chance.
    refuses("keygen", &report, |r| {
        let id = r["key-id"].as_str().expect("a key id").to_lowercase();
        r["key-id"] = format!("{}a", &id[..id.len() - 1]).into()
    });
    assert_eq!(
        report["public-key"].as_str(),
        p.read("a.pub").lines().nth(1),
        "the key in the report is the one written"
    );

    let encrypted = run_with(
        &p,
        &[
            "keygen",
            "--json",
            "--secret-key",
            "b.key",
            "--public-key",
            "b.pub",
        ],
        &[("MIRRORCAST_KEY_PASSWORD", "correct horse battery staple")],
    );
    assert_eq!(encrypted.code, 0, "{}", encrypted.stderr);
    assert_eq!(conforms("keygen", &encrypted)["encrypted"], true);

    // Again over a.key, without --force.
    let again = p.run(&[
        "keygen",
        "--json",
        "--unencrypted",
        "--secret-key",
        "a.key",
        "--public-key",
        "a.pub",
    ]);
    assert!(fails(&again).contains("a.key"));

    let init = p.run(&["--json", "init", "Open Letter 2026", "--unencrypted"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    let report = conforms("init", &init);
    assert_eq!(report["site"], "open-letter-2026");
    assert_eq!(report["key"]["encrypted"], false);
    assert_eq!(report["created"][0], "mirrorcast.key");
    assert_eq!(report["next-steps"][0]["command"], "cd 'Open Letter 2026'");

    let twice = p.run(&["--json", "init", "Open Letter 2026", "--unencrypted"]);
    assert!(fails(&twice).contains("already"));
}

#[test]
fn bundle_with_the_throwaway_key_then_with_a_readable_secret_key() {
    let p = Project::new();
    let trial = p.run(&["bundle", "--json"]);
    assert_eq!(trial.code, 0, "{}", trial.stderr);
    let report = conforms("bundle", &trial);
    assert!(
        report["throwaway-key"]
            .as_str()
            .is_some_and(|k| k.ends_with("throwaway.key")),
        "{report}"
    );
    assert!(report["cid"].is_string(), "{report}");
    assert!(report.get("cid-problem").is_none());
    // A CID and a reason for having none never come together, nor does neither.
    refuses("bundle", &report, |r| r["cid-problem"] = "too big".into());
    refuses("bundle", &report, |r| r["cid"] = Value::Null);

    p.keygen();
    // Readable by others: the bundle is made, with a warning.
    std::fs::set_permissions(
        p.path().join("ci.key"),
        std::os::unix::fs::PermissionsExt::from_mode(0o644),
    )
    .expect("chmod");
    let signed = p.run(&["bundle", "--json", "--secret-key", "ci.key"]);
    assert_eq!(signed.code, 0, "{}", signed.stderr);
    let report = conforms("bundle", &signed);
    assert_eq!(report["throwaway-key"], Value::Null);
    assert_eq!(report["new-release"], true);
    assert!(
        report["warnings"][0]
            .as_str()
            .is_some_and(|w| w.contains("chmod 600")),
        "{report}"
    );

    // The same content again: not a new release.
    let same = p.run(&["bundle", "--json", "--secret-key", "ci.key"]);
    assert_eq!(conforms("bundle", &same)["new-release"], false);

    let missing = p.run(&["bundle", "--json", "--secret-key", "nowhere.key"]);
    assert!(fails_as(&missing, "key").contains("nowhere.key"));
}

#[test]
fn check_of_a_genuine_a_tampered_and_a_foreign_bundle() {
    let p = bundled("");
    let genuine = p.ok(&["check", "dist", "--json", "--publisher-key", "ci.pub"]);
    let report = conforms("check", &genuine);
    assert_eq!(report["genuine"], true);
    assert_eq!(report["release"], 1);
    assert_eq!(report["key-source"], "--publisher-key");

    // No publisher key anywhere: the key the bundle names, remembered when it was made.
    let remembered = p.ok(&["check", "dist", "--json"]);
    let report = conforms("check", &remembered);
    assert!(
        report["key-source"]
            .as_str()
            .is_some_and(|s| s.ends_with("(local key; no publisher key is configured)")),
        "{report}"
    );

    tamper(&p.path().join("dist"));
    let tampered = p.run(&["check", "dist", "--json", "--publisher-key", "ci.pub"]);
    assert_eq!(tampered.code, 1, "{}", tampered.stderr);
    let report = conforms("check", &tampered);
    let problem = &report["problems"][0];
    assert_eq!(problem["kind"], "tampered", "{report}");
    assert_eq!(problem["path"], "en/index.html");
    assert!(problem["expected"].is_string() && problem["actual"].is_string());
    refuses("check", &report, |r| r["genuine"] = true.into());
    refuses("check", &report, |r| {
        r["problems"][0]["kind"] = "odd".into()
    });

    // Another key: the manifest is not trusted, so nothing it lists is read.
    p.keygen_as("other");
    let foreign = p.run(&["check", "dist", "--json", "--publisher-key", "other.pub"]);
    assert_eq!(foreign.code, 1, "{}", foreign.stderr);
    let report = conforms("check", &foreign);
    assert_eq!(report["contents-checked"], false);
    assert!(report.get("site").is_none(), "{report}");
    assert!(
        report["problems"]
            .as_array()
            .is_some_and(|all| all.iter().any(|p| p["kind"] == "bad-signature")),
        "{report}"
    );

    let nowhere = p.run(&["check", "nowhere", "--json", "--publisher-key", "ci.pub"]);
    assert!(fails(&nowhere).contains("nowhere: not found in "));
}

#[test]
fn cid_and_car_in_both_profiles() {
    let p = Project::new();
    p.keygen();
    let bundle = conforms(
        "bundle",
        &p.ok(&["bundle", "--json", "--secret-key", "ci.key"]),
    );

    let cid = conforms("cid", &p.ok(&["cid", "dist", "--json"]));
    assert_eq!(
        cid["root"], bundle["cid"],
        "the bundle reports the same CID"
    );
    assert_eq!(cid["profile"], "unixfs-v1-2025");
    let legacy = conforms(
        "cid",
        &p.ok(&["cid", "dist", "--json", "--cid-profile", "legacy"]),
    );
    assert!(
        legacy["root"].as_str().is_some_and(|r| r.starts_with("Qm")),
        "{legacy}"
    );

    let car = conforms("car", &p.ok(&["car", "dist", "--json"]));
    assert_eq!(car["car"], "dist.car");
    assert_eq!(car["root"], cid["root"]);
    let size = std::fs::metadata(p.path().join("dist.car"))
        .expect("dist.car")
        .len();
    assert_eq!(car["car-bytes"].as_u64(), Some(size));
    let car = conforms(
        "car",
        &p.ok(&[
            "car",
            "dist",
            "--json",
            "--cid-profile",
            "legacy",
            "--out",
            "old.car",
        ]),
    );
    assert_eq!(car["root"], legacy["root"]);

    let inside = p.run(&["car", "dist", "--json", "--out", "dist/self.car"]);
    assert!(fails(&inside).contains("inside the directory"));
    let nowhere = p.run(&["cid", "nowhere", "--json"]);
    assert!(fails(&nowhere).contains("not found"));
}

#[test]
fn push_updates_fails_skips_then_finds_the_mirror_up_to_date() {
    let p = bundled(&format!(
        "{USB}\n[[mirror]]\nname = \"unplugged\"\n[mirror.dir]\npath = \"no-such-drive\"\n\n[[mirror]]\nname = \"pulls-by-itself\"\nurls = [\"https://self.example/\"]\n"
    ));
    std::fs::create_dir_all(p.path().join("mirror-usb")).expect("mkdir");
    let push = |extra: &[&str]| {
        let mut args = vec!["push", "--json", "--publisher-key", "ci.pub"];
        args.extend_from_slice(extra);
        p.run(&args)
    };

    let first = push(&[]);
    assert_eq!(first.code, 1, "{}\n{}", first.stdout, first.stderr);
    let report = conforms("push", &first);
    assert_eq!(report["all-ok"], false);
    assert_eq!(mirror(&report, "usb")["status"], "updated");
    assert_eq!(mirror(&report, "unplugged")["status"], "failed");
    assert!(mirror(&report, "unplugged")["error"].is_string());
    assert_eq!(mirror(&report, "pulls-by-itself")["status"], "skipped");
    assert_eq!(mirror(&report, "pulls-by-itself")["transport"], "none");
    refuses("push", &report, |r| r["all-ok"] = true.into());
    refuses("push", &report, |r| {
        r["mirrors"][0]["status"] = "done".into()
    });
    refuses("push", &report, |r| {
        r["mirrors"]
            .as_array_mut()
            .into_iter()
            .flatten()
            .for_each(|m| _ = m.as_object_mut().map(|m| m.remove("error")))
    });

    let again = push(&["--only", "usb"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    let report = conforms("push", &again);
    assert_eq!(report["all-ok"], true);
    assert_eq!(mirror(&report, "usb")["status"], "up-to-date");
    assert_eq!(mirror(&report, "usb")["files-sent"], 0);

    p.next_release(2);
    p.bundle();
    let second = push(&["--only", "usb"]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let report = conforms("push", &second);
    assert_eq!(report["release"], 2);
    assert_eq!(mirror(&report, "usb")["status"], "updated");
    assert_eq!(mirror(&report, "usb")["previous-release"], 1);

    // A bundle that is not genuine goes nowhere: push prints its check report instead.
    tamper(&p.path().join("dist"));
    let refused = push(&["--only", "usb"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    let report = conforms("push", &refused);
    assert_eq!(report["genuine"], false, "{report}");

    let unknown = push(&["--only", "nobody"]);
    assert!(fails_as(&unknown, "usage").contains("nobody"));
}

#[test]
fn pin_on_a_real_node_a_service_and_a_node_that_is_down() {
    let node = IpfsNode::start();
    let service = PinningService::start("psa-token", Behaviour::PinnedAfterPolls(0));
    let mirrors = format!(
        "[ipfs]\ntimeout = \"60s\"\nkeep = 1\ndnslink = \"letter.example.org\"\ngateways = [\"https://gw.example/\"]\n\n[[ipfs.node]]\nname = \"down\"\napi = \"/ip4/127.0.0.1/tcp/{}\"\n\n[[ipfs.node]]\nname = \"test-node\"\napi = \"{}\"\nipns-key = \"open-letter\"\n\n[[ipfs.pinning-service]]\nname = \"psa\"\nendpoint = \"{}\"\ntoken-env = \"PSA_TOKEN\"\n",
        crate::support::free_port(),
        node.api,
        service.endpoint
    );
    let p = bundled(&mirrors);
    let pin = || {
        run_with(
            &p,
            &["pin", "--json", "--publisher-key", "ci.pub"],
            &[("PSA_TOKEN", "psa-token")],
        )
    };
    let provider = |report: &Value, name: &str| -> Value {
        report["providers"]
            .as_array()
            .and_then(|all| all.iter().find(|r| r["name"] == name))
            .unwrap_or_else(|| panic!("no provider {name} in {report}"))
            .clone()
    };

    let first = pin();
    assert_eq!(first.code, 1, "{}\n{}", first.stdout, first.stderr);
    let report = conforms("pin", &first);
    assert_eq!(report["all-pinned"], false);
    assert!(report["car-bytes"].as_u64().is_some(), "{report}");
    assert_eq!(provider(&report, "down")["status"], "failed");
    let ours = provider(&report, "test-node");
    assert_eq!(ours["status"], "pinned", "{ours}");
    assert!(ours["ipns-name"].is_string(), "{ours}");
    assert_eq!(provider(&report, "psa")["kind"], "pinning-service");
    assert_eq!(provider(&report, "psa")["status"], "pinned");
    refuses("pin", &report, |r| r["all-pinned"] = true.into());

    // Again: both already hold it, so no CAR is made.
    let again = pin();
    assert_eq!(again.code, 1, "{}\n{}", again.stdout, again.stderr);
    let report = conforms("pin", &again);
    assert_eq!(report["car-bytes"], Value::Null, "{report}");
    assert_eq!(provider(&report, "test-node")["status"], "already-pinned");
    assert_eq!(provider(&report, "psa")["status"], "already-pinned");

    p.write("mirrors.toml", "");
    let nothing = p.run(&["pin", "--json", "--publisher-key", "ci.pub"]);
    assert!(fails_as(&nothing, "usage").contains("no IPFS node"));

    // A bundle that is not genuine is not pinned: pin prints its check report instead.
    tamper(&p.path().join("dist"));
    let refused = pin();
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert_eq!(conforms("pin", &refused)["genuine"], false);
}

#[test]
fn publish_without_ipfs_with_nothing_to_push_and_an_expired_bundle() {
    let p = Project::new();
    p.keygen();
    p.write("mirrors.toml", USB);
    std::fs::create_dir_all(p.path().join("mirror-usb")).expect("mkdir");
    let published = p.run(&["publish", "--json", "--secret-key", "ci.key"]);
    assert_eq!(
        published.code, 0,
        "{}\n{}",
        published.stdout, published.stderr
    );
    let report = conforms("publish", &published);
    assert_eq!(report["ipfs"]["step"], "skipped");
    assert_eq!(report["ipfs"]["car"]["car"], "dist.car");
    assert_eq!(mirror(&report["push"], "usb")["status"], "updated");
    assert_eq!(report["verify"]["all-ok"], true);
    assert_eq!(report["published"], true);

    refuses("publish", &report, |r| r["ipfs"]["step"] = "pinned".into());
    refuses("publish", &report, |r| r["push"] = Value::Bool(false));

    // Only a mirror that updates itself, and is down: nothing to push, not verified. The list
    // of copies is part of the site, so this is a new release.
    p.set_release(2);
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"elsewhere\"\nurls = [\"http://127.0.0.1:{}/\"]\n",
            crate::support::free_port()
        ),
    );
    let unverified = p.run(&["publish", "--json", "--secret-key", "ci.key"]);
    assert_eq!(
        unverified.code, 1,
        "{}\n{}",
        unverified.stdout, unverified.stderr
    );
    let report = conforms("publish", &unverified);
    assert_eq!(report["push"], Value::Null);
    assert_eq!(report["verify"]["copies"][0]["status"], "unreachable");
    assert_eq!(report["published"], false);
    let text = p.run(&["publish", "--secret-key", "ci.key"]);
    assert!(
        text.stdout
            .lines()
            .last()
            .is_some_and(|l| l == "NOT published as asked: only 0 copies verified ok, 1 needed"),
        "{}",
        text.stdout
    );

    // Released in 2020 for one day: genuine but expired, so publish stops at its check.
    let p = Project::new();
    p.keygen();
    p.write("mirrors.toml", USB);
    p.write(
        "content/site.toml",
        &p.read("content/site.toml")
            .replace("valid-days = 365", "valid-days = 1"),
    );
    p.write(
        "content/letter.ru.md",
        "Write your letter here, in this file, as Markdown.\n",
    );
    let expired = run_with(
        &p,
        &["publish", "--json", "--secret-key", "ci.key"],
        &[("SOURCE_DATE_EPOCH", "1577836800")],
    );
    assert_eq!(expired.code, 1, "{}\n{}", expired.stdout, expired.stderr);
    let report = conforms("publish", &expired);
    assert_eq!(report["expired"], true, "{report}");
    assert_eq!(report["genuine"], true, "{report}");
    // For people: that nothing went out, and what to do.
    let text = run_with(
        &p,
        &["publish", "--secret-key", "ci.key"],
        &[("SOURCE_DATE_EPOCH", "1577836800")],
    );
    assert_eq!(text.code, 1, "{}", text.stderr);
    let last = text.stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("NOT published: release 1 expired at")
            && last.contains("nothing was pinned or pushed"),
        "{}",
        text.stdout
    );
    // The warnings of the bundle step still reach people; the expiry is said once, in the stop.
    assert!(
        text.stderr
            .contains("letter.ru.md still holds the text `mirrorcast init` wrote"),
        "{}",
        text.stderr
    );
    assert!(!text.stderr.contains("already past"), "{}", text.stderr);
    // `push` of that expired bundle stops the same way: nothing is sent.
    let pushed = p.run(&["push", "--json"]);
    assert_eq!(pushed.code, 1, "{}\n{}", pushed.stdout, pushed.stderr);
    let report = conforms("push", &pushed);
    assert_eq!(report["expired"], true, "{report}");
    let text = p.run(&["push"]);
    assert_eq!(text.code, 1, "{}", text.stderr);
    let last = text.stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("NOT pushed: release 1 expired at") && last.contains("release --next"),
        "{}",
        text.stdout
    );
    assert!(
        !p.path().join("mirror-usb/manifest.json").exists(),
        "an expired release was sent"
    );
    // Nor is it pinned: stopped before any node is asked (this one answers nothing anyway).
    let api = format!("/ip4/127.0.0.1/tcp/{}", crate::support::free_port());
    let pinned = p.run(&["pin", "--json", "--api", &api]);
    assert_eq!(pinned.code, 1, "{}\n{}", pinned.stdout, pinned.stderr);
    assert_eq!(conforms("pin", &pinned)["expired"], true);
    let text = p.run(&["pin", "--api", &api]);
    let last = text.stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("NOT pinned: release 1 expired at"),
        "{}",
        text.stdout
    );

    p.write("mirrors.toml", "nonsense");
    let broken = p.run(&["publish", "--json", "--secret-key", "ci.key"]);
    assert!(fails_as(&broken, "config").contains("mirrors.toml"));
}

#[test]
fn publish_pinned_on_a_pinning_service() {
    let service = PinningService::start("psa-token", Behaviour::PinnedAfterPolls(1));
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        &format!(
            "[ipfs]\ntimeout = \"30s\"\n[[ipfs.pinning-service]]\nname = \"psa\"\nendpoint = \"{}\"\ntoken-env = \"PSA_TOKEN\"\n\n{USB}",
            service.endpoint
        ),
    );
    std::fs::create_dir_all(p.path().join("mirror-usb")).expect("mkdir");
    let run = run_with(
        &p,
        &["publish", "--json", "--secret-key", "ci.key"],
        &[("PSA_TOKEN", "psa-token")],
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = conforms("publish", &run);
    assert_eq!(report["ipfs"]["step"], "pinned", "{report}");
    assert_eq!(report["ipfs"]["cid"], report["bundle"]["cid"]);
    assert_eq!(report["ipfs"]["providers"][0]["status"], "pinned");
    assert_eq!(report["published"], true);
}

#[test]
fn verify_then_status_and_a_local_bundle_that_is_not_genuine() {
    let p = bundled(USB);
    std::fs::create_dir_all(p.path().join("mirror-usb")).expect("mkdir");
    p.ok(&["push", "--publisher-key", "ci.pub"]);
    let none_yet = p.run(&["status", "--json"]);
    assert!(fails(&none_yet).contains("no history yet"));

    let verify = || p.run(&["verify", "--json", "--publisher-key", "ci.pub"]);
    let good = verify();
    assert_eq!(good.code, 0, "{}\n{}", good.stdout, good.stderr);
    assert_eq!(conforms("verify", &good)["all-ok"], true);
    tamper(&p.path().join("mirror-usb"));
    let bad = verify();
    assert_eq!(bad.code, 1, "{}", bad.stderr);
    assert_eq!(conforms("verify", &bad)["copies"][0]["status"], "tampered");

    let status = conforms("status", &p.ok(&["status", "--json"]));
    let usb = &status["copies"][0];
    assert_eq!(usb["checks"], 2, "{status}");
    assert_eq!(usb["last-status"], "tampered");
    assert_eq!(usb["last-failure"]["status"], "tampered");
    assert_eq!(usb["releases"][0]["release"], 1);
    // For people: the delay in days and hours, from the release time it is measured from.
    let text = p.ok(&["status"]).stdout;
    let line = text
        .lines()
        .find(|l| l.contains("release 1: first verified ok at "))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        line.contains(" d ") && line.contains(" h after its release time"),
        "{line}"
    );
    refuses("status", &status, |s| {
        s["copies"][0]["last-status"] = "fine".into()
    });
    refuses("status", &status, |s| {
        s["copies"][0]["last-failure"]["status"] = "ok".into()
    });
    refuses("status", &status, |s| {
        s["copies"][0]["last-checked"] = "yesterday".into()
    });
    let other = conforms("status", &p.ok(&["status", "--json", "--site", "another"]));
    assert_eq!(other["copies"], serde_json::json!([]));

    // The local bundle itself is not genuine: verify prints its check report, which both
    // verify.schema.json and check.schema.json describe.
    tamper(&p.path().join("dist"));
    let refused = verify();
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert_eq!(conforms("check", &refused)["genuine"], false);
    assert_eq!(conforms("verify", &refused)["genuine"], false);
}

#[test]
fn completions_and_man_give_text_or_files() {
    let p = Project::empty();
    let script = conforms("generated", &p.ok(&["completions", "bash", "--json"]));
    assert!(
        script["text"]
            .as_str()
            .is_some_and(|t| t.contains("mirrorcast")),
        "{script}"
    );
    let page = conforms("generated", &p.ok(&["man", "--json"]));
    assert!(
        page["text"].as_str().is_some_and(|t| t.contains(".TH")),
        "{page}"
    );
    let pages = conforms("generated", &p.ok(&["man", "--json", "--out-dir", "man"]));
    let files = pages["files"].as_array().expect("files");
    assert!(files.len() > 10, "{pages}");
    refuses("generated", &pages, |g| g["text"] = "both".into());
    for file in files {
        let file = file.as_str().expect("a path");
        assert!(p.path().join(file).is_file(), "{file} was not written");
    }

    p.write("taken", "a file, not a directory\n");
    let refused = p.run(&["man", "--json", "--out-dir", "taken"]);
    assert!(fails(&refused).contains("taken"));
}

#[test]
fn a_command_line_mistake_prints_no_json() {
    // clap refuses it before any command runs: standard error only, so error.schema.json does
    // not apply (its description says so).
    let run = Project::empty().run(&["--json", "check", "--no-such-flag"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("--no-such-flag"), "{}", run.stderr);
}

#[test]
fn release_next_starts_the_next_release_in_one_command() {
    let p = Project::new();
    p.keygen();
    p.bundle();
    // Edited content under the same release number: refused, and the refusal names the command.
    p.write(
        "content/signatories.txt",
        &(p.read("content/signatories.txt") + "Someone New\n"),
    );
    let refused = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused
            .stderr
            .contains("run `mirrorcast release --next` (release 2, released now)"),
        "{}",
        refused.stderr
    );
    let before = p.read("content/site.toml");
    let report = conforms("release", &p.ok(&["release", "--next", "--json"]));
    assert_eq!(
        (report["previous"].clone(), report["release"].clone()),
        (1.into(), 2.into())
    );
    let after = p.read("content/site.toml");
    // Only the two lines changed.
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 2, "{changed:?}");
    assert!(after.contains("release = 2\n"), "{after}");
    // The edited content now bundles, and its expiry counts from today.
    p.bundle();
    let manifest: Value = serde_json::from_str(&p.read("dist/manifest.json")).unwrap();
    assert_eq!(manifest["release"], 2);
    assert_eq!(manifest["created"], report["released"]);
    // Without --next it does nothing and says what it needs.
    assert_eq!(p.run(&["release"]).code, 2);
}
