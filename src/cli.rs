//! Command-line interface: flags, their environment variables, and the documented exit codes.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// The environment variables most commands read, for the end of their help.
macro_rules! environment {
    () => {
        "

Environment:
  MIRRORCAST_SECRET_KEY     secret key file for bundle (same as --secret-key)
  MIRRORCAST_KEY_PASSWORD   password of an encrypted secret key (else asked on a terminal)
  SOURCE_DATE_EPOCH         release time in seconds since 1970 (else `released` in site.toml)
  IPFS_API                  an IPFS node's RPC address for pin and publish (else [[ipfs.node]])
  RUST_LOG                  diagnostics to show on standard error, as -v does (mirrorcast=debug)
  A flag shown with [env: NAME] may be given by that variable instead."
    };
}

/// `mirrorcast --help`: what the codes mean across commands.
const EXIT_CODES: &str = concat!(
    "\
Exit codes:
  0  success
  1  the job ran and found a problem: a bundle not genuine (check), a mirror that did not take
     the release (push), a node that did not pin it (pin), a copy not ok (verify), too few copies
     ok (publish); each command's --help says which
  2  error: bad usage, a broken content/ or mirrors.toml, a missing or wrong key",
    environment!()
);

/// Commands that either do their job or fail: init, keygen, bundle, cid, car, status.
const DONE_OR_ERROR: &str = concat!(
    "\
Exit codes:
  0  done
  2  error: bad usage or bad input (the message says what, where and what to do), or a file
     that could not be written",
    environment!()
);

const CHECK_EXIT_CODES: &str = concat!(
    "\
Exit codes:
  0  the bundle is genuine
  1  the bundle is not genuine (the problems are listed)
  2  error: the directory cannot be read, or no key to check against",
    environment!()
);

/// Keep a text reachable under censorship: bundle it reproducibly, sign it, and let anyone
/// check that a copy is genuine.
#[derive(Debug, Parser)]
#[command(name = "mirrorcast", version, after_help = EXIT_CODES)]
pub struct Cli {
    /// Print the result as JSON on standard output.
    #[arg(long, global = true)]
    pub json: bool,

    /// Print nothing but errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Diagnostics on standard error: -v what happens (per mirror and copy where there are
    /// some), -vv each step, -vvv each request. RUST_LOG (for example `mirrorcast=debug`)
    /// overrides. Diagnostics never go into --json output, and never show a secret.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new project in DIR: a content/ template to write the letter in, a mirrors.toml
    /// with one local mirror, a key pair and a .gitignore. Never replaces an existing file.
    #[command(after_help = DONE_OR_ERROR)]
    Init(InitArgs),
    /// Create a minisign key pair for signing releases, and print the public key.
    #[command(after_help = DONE_OR_ERROR)]
    Keygen(KeygenArgs),
    /// Render content/ into a signed, reproducible bundle (dist/).
    #[command(after_help = DONE_OR_ERROR)]
    Bundle(BundleArgs),
    /// Start the next release: raise `release` in content/site.toml by one and set `released` to
    /// now, so the edited content can be bundled and its expiry counts from today.
    #[command(after_help = DONE_OR_ERROR)]
    Release(ReleaseArgs),
    /// Check that a bundle on disk is genuine: signatures, every file's size and hash, nothing
    /// missing and nothing extra.
    #[command(after_help = CHECK_EXIT_CODES)]
    Check(CheckArgs),
    /// Print the IPFS CID of a bundle (or any file or directory), computed locally.
    #[command(after_help = DONE_OR_ERROR)]
    Cid(CidArgs),
    /// Write a bundle's IPFS blocks as a CAR file any IPFS tool can import.
    #[command(after_help = DONE_OR_ERROR)]
    Car(CarArgs),
    /// Check a bundle, then pin it on the IPFS nodes and pinning services in mirrors.toml,
    /// publish its IPNS name, and unpin releases older than the newest `keep`.
    #[command(after_help = PIN_EXIT_CODES)]
    Pin(PinArgs),
    /// Check a bundle, then put it on every mirror in mirrors.toml that has a transport, sending
    /// only what changed.
    #[command(after_help = PUSH_EXIT_CODES)]
    Push(PushArgs),
    /// The whole job: bundle content/, check the bundle, pin it to IPFS (or write its CAR),
    /// push it to every mirror, then verify every mirror and gateway file by file.
    #[command(after_help = PUBLISH_EXIT_CODES)]
    Publish(PublishArgs),
    /// Check every mirror and IPFS gateway file by file, through the addresses readers use:
    /// which copies are ok, stale, expired, tampered, partial, unreachable or redirected.
    #[command(
        after_help = VERIFY_EXIT_CODES,
        mut_arg("dir", |a| a.help(VERIFY_DIR_HELP))
    )]
    Verify(VerifyArgs),
    /// Show, per copy, what the recorded `verify` runs found: the share of good checks, how long
    /// each release took to appear there, the mean latency and the last failure.
    #[command(after_help = DONE_OR_ERROR)]
    Status(StatusArgs),
    /// Run a mirror: serve the release in the store at --root until Ctrl-C or SIGTERM. Only
    /// files the signed manifest lists are served. New releases come from --install at start,
    /// from anyone who pushes a newer one signed by --publisher-key (no password: the signature
    /// is the authority), or from the copies given with --follow.
    #[command(after_help = SERVE_EXIT_CODES)]
    Serve(ServeArgs),
    /// Print a completion script for SHELL, for example
    /// `mirrorcast completions bash > ~/.local/share/bash-completion/completions/mirrorcast`.
    #[command(after_help = GENERATED_EXIT_CODES)]
    Completions(CompletionsArgs),
    /// Print the manual page (roff, for `man -l -`), or write one page per command into a
    /// directory with --out-dir.
    #[command(after_help = GENERATED_EXIT_CODES)]
    Man(ManArgs),
}

const SERVE_EXIT_CODES: &str = "\
Exit codes:
  0  stopped by Ctrl-C or SIGTERM, after answers in flight finished
  2  error: the bundle given with --install is not a genuine newer release of the site, the
     store cannot be opened, the address cannot be listened on, bad usage";

const GENERATED_EXIT_CODES: &str = "\
Exit codes:
  0  written
  2  error: the directory could not be written";

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write mirrorcast.1 and one page per command (mirrorcast-publish.1, …) into this
    /// directory instead of printing the main page.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The publisher key: the `RW…` line on the site's "Other copies" page, or the
    /// organisers' .pub file (mirrorcast.pub). Only releases it signed are served. Required.
    // Optional to clap: when it is missing, serve's own error says where to find the key.
    #[arg(long, env = "MIRRORCAST_PUBLISHER_KEY")]
    pub publisher_key: Option<String>,

    /// The store: every release in a folder of its own, `current` the one served.
    #[arg(long, default_value = "mirror", env = "MIRRORCAST_SERVE_ROOT")]
    pub root: PathBuf,

    /// Where to listen, as IP:PORT: 127.0.0.1:8080 for a proxy on this machine, 0.0.0.0:8080
    /// (or [::]:8080) for everyone.
    #[arg(
        long,
        value_name = "IP:PORT",
        default_value = "127.0.0.1:8080",
        env = "MIRRORCAST_SERVE_LISTEN"
    )]
    pub listen: std::net::SocketAddr,

    /// A bundle to install first, if it is genuine and newer than the release served.
    #[arg(long, value_name = "DIR")]
    pub install: Option<PathBuf>,

    /// Another copy to take newer genuine releases from (another mirror's address, a static
    /// mirror, an IPFS gateway at the site's name); repeatable.
    #[arg(long, value_name = "URL")]
    pub follow: Vec<url::Url>,

    /// Also follow every copy the signed mirror list of the release served names, so one
    /// reachable source is enough.
    #[arg(long)]
    pub learn: bool,

    /// How often to ask the copies followed (`90s`, `5m`, `1h`; a fifth more or less at
    /// random). A copy that fails is asked less often, up to once an hour.
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = duration)]
    pub every: std::time::Duration,

    /// The mirror's onion address (`http://….onion/`), sent as `Onion-Location` with every page
    /// so Tor Browser offers it.
    #[arg(long, value_name = "URL")]
    pub onion_location: Option<url::Url>,

    /// Serve https with this certificate chain (PEM), with --tls-key. Both are read again on
    /// SIGHUP, so a renewed certificate goes live without a restart. Without them the mirror
    /// speaks plain http, for a reverse proxy or a Tor onion service in front.
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// The private key of --tls-cert (PEM).
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    /// The largest release taken (all its files together), in MiB. Pushes need no password,
    /// so this bounds what strangers can make the mirror store.
    #[arg(long, value_name = "MIB", default_value_t = 2048)]
    pub max_release_mib: u64,

    /// The most files a release taken may list.
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub max_files: usize,

    /// Push requests (offers, uploads, commits) one address may make per minute.
    #[arg(long, value_name = "N", default_value_t = 600)]
    pub pushes_per_minute: u32,
}

fn duration(text: &str) -> Result<std::time::Duration, String> {
    crate::config::parse_duration(text)
        .ok_or_else(|| format!("{text:?}: a duration such as 90s, 5m or 1h (at most a day)"))
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The site (default: `id` in content/site.toml).
    #[arg(long)]
    pub site: Option<String>,

    /// The content directory whose site.toml names the site.
    #[arg(long, default_value = "content", env = "MIRRORCAST_CONTENT")]
    pub content: PathBuf,

    /// Local state: the history of verify runs is `history.sqlite` in it.
    #[arg(long, default_value = ".mirrorcast")]
    pub state_dir: PathBuf,

    /// Also list copies the latest verify run did not check: one-off `verify --url` copies,
    /// and mirrors since taken out of mirrors.toml. Their history is kept either way.
    #[arg(long)]
    pub all: bool,
}

const PUBLISH_EXIT_CODES: &str = "\
Exit codes:
  0  at least --min-verified copies (default: all) verify ok after the push
  1  fewer copies verify ok, or the bundle failed its own check or is already expired (then
     nothing was pushed)
  2  error: bad usage, a broken content/ or mirrors.toml, a missing key or environment variable";

/// Verify's bundle: the same argument as check's, for another purpose.
const VERIFY_DIR_HELP: &str = "The local bundle, if there is one: it says which release is the \
newest (a copy serving an older one is stale) and which CID the gateways must serve. Without it, \
the newest is the highest genuine release any copy serves";

const VERIFY_EXIT_CODES: &str = "\
Exit codes:
  0  every copy is ok: the genuine, newest release, every file intact
  1  some copy is not ok (the report says which and why), or the local bundle is not genuine
  2  error: bad usage, a broken mirrors.toml, no publisher key

Statuses: ok, stale (an older release), expired, tampered (files differ from the signed
manifest), partial (files missing), bad-signature, unreachable (DNS, connect, TLS, timeout,
HTTP error: the cause is named), redirected (sent off the mirror's own origin).";

#[derive(Debug, Args)]
pub struct VerifyArgs {
    // DIR's help here is VERIFY_DIR_HELP: the bundle is optional, and used for other things
    // than check's.
    #[command(flatten)]
    pub check: CheckArgs,

    /// The mirror list.
    #[arg(long, default_value = "mirrors.toml", env = "MIRRORCAST_MIRRORS")]
    pub mirrors: PathBuf,

    /// Also check the copy at this address (repeat the flag for several), besides those
    /// mirrors.toml lists. `status` lists it while it is in the latest run.
    #[arg(long = "url", value_name = "URL")]
    pub urls: Vec<String>,

    /// How files become blocks (gateways must serve this CID).
    #[arg(long, value_enum, default_value_t = crate::ipfs::CidProfile::UnixfsV1_2025)]
    pub cid_profile: crate::ipfs::CidProfile,

    #[command(flatten)]
    pub options: VerifyOptionArgs,
}

#[derive(Debug, Clone, Args)]
pub struct VerifyOptionArgs {
    /// The longest one request may take, answer included, in seconds.
    #[arg(long = "verify-timeout", default_value_t = 20)]
    pub verify_timeout: u64,

    /// Copies checked at once, at most. Checking starts with 64 at once and takes more while
    /// the CPU has time to spare (copies far away are mostly waiting).
    #[arg(long = "verify-jobs", default_value_t = 512)]
    pub verify_jobs: usize,

    /// Files of one copy fetched at once.
    #[arg(long = "verify-file-jobs", default_value_t = 4)]
    pub verify_file_jobs: usize,

    /// Read every mirror that has a transport through it (its bucket, SFTP account or WebDAV
    /// share, with the credentials mirrors.toml names) instead of its public address. A mirror
    /// without a public address is always read this way.
    #[arg(long)]
    pub through_transport: bool,

    /// Also write the result as a self-contained HTML status page.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,

    /// Do not record this run in the history (`.mirrorcast/history.sqlite`).
    #[arg(long)]
    pub no_history: bool,
}

const PUSH_EXIT_CODES: &str = "\
Exit codes:
  0  every mirror with a transport holds the release
  1  the bundle is not genuine or already expired (then nothing was sent), or some mirror did
     not take the release (the others still did)
  2  error: bad usage, a broken mirrors.toml, a missing key or environment variable";

#[derive(Debug, Clone, Args)]
pub struct PushArgs {
    #[command(flatten)]
    pub check: CheckArgs,

    /// The mirror list.
    #[arg(long, default_value = "mirrors.toml", env = "MIRRORCAST_MIRRORS")]
    pub mirrors: PathBuf,

    #[command(flatten)]
    pub options: PushOptionArgs,
}

#[derive(Debug, Clone, Args)]
pub struct PushOptionArgs {
    /// Mirrors pushed to at once.
    #[arg(long, short = 'j', default_value_t = 8)]
    pub jobs: usize,

    /// Files sent at once to one mirror.
    #[arg(long, default_value_t = 4)]
    pub file_jobs: usize,

    /// The longest one mirror may take, in seconds.
    #[arg(long, default_value_t = 600)]
    pub time_limit: u64,

    /// Send every file, whatever the mirror's manifest says (for a mirror whose files were
    /// changed behind its manifest's back).
    #[arg(long)]
    pub full: bool,

    /// Read each mirror's files through its transport first and send again exactly those found
    /// wrong (edited, missing, another size) though its manifest lists them; then read them
    /// again. `publish` does this by itself for mirrors its verify step finds not ok.
    #[arg(long)]
    pub repair: bool,

    /// Push only to these mirrors (by name; repeat the flag for several). `publish` then
    /// verifies only these mirrors (and the gateways).
    #[arg(long = "only", value_name = "NAME")]
    pub only: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    #[command(flatten)]
    pub bundle: BundleArgs,

    #[command(flatten)]
    pub options: PushOptionArgs,

    #[command(flatten)]
    pub verify: VerifyOptionArgs,

    /// Succeed only when at least this many copies verify `ok` (default: every copy).
    #[arg(long, value_name = "N")]
    pub min_verified: Option<usize>,

    /// How files become blocks for IPFS; each profile gives a different CID.
    #[arg(long, value_enum, default_value_t = crate::ipfs::CidProfile::UnixfsV1_2025)]
    pub cid_profile: crate::ipfs::CidProfile,

    /// One IPFS node's RPC address, used instead of the nodes in mirrors.toml.
    #[arg(long, env = "IPFS_API")]
    pub api: Option<String>,
}

const PIN_EXIT_CODES: &str = "\
Exit codes:
  0  every node and pinning service holds the release
  1  the bundle is not genuine or already expired (then nothing was pinned), or some node or
     service did not pin it (the others still did), or pinned it but could not publish the
     IPNS name or unpin an older release
  2  error: bad usage, a broken mirrors.toml, a missing key or environment variable

Environment:
  IPFS_API              RPC address of one IPFS node to use instead of [[ipfs.node]] in mirrors.toml
                        (http://127.0.0.1:5001 or /ip4/127.0.0.1/tcp/5001)
  IPFS_API_TOKEN        bearer token for IPFS_API (else IPFS_API_USERNAME and IPFS_API_PASSWORD
                        for basic auth, else none)";

#[derive(Debug, Args)]
pub struct CidArgs {
    /// The bundle directory, or any file or directory.
    #[arg(default_value = "dist")]
    pub path: PathBuf,

    /// How files become blocks; each profile gives a different CID.
    #[arg(long, value_enum, default_value_t = crate::ipfs::CidProfile::UnixfsV1_2025)]
    pub cid_profile: crate::ipfs::CidProfile,
}

#[derive(Debug, Args)]
pub struct CarArgs {
    #[command(flatten)]
    pub cid: CidArgs,

    /// Where to write the CAR (default: the directory's name with `.car`, e.g. dist.car).
    #[arg(long, short = 'o')]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PinArgs {
    #[command(flatten)]
    pub check: CheckArgs,

    /// How files become blocks; each profile gives a different CID.
    #[arg(long, value_enum, default_value_t = crate::ipfs::CidProfile::UnixfsV1_2025)]
    pub cid_profile: crate::ipfs::CidProfile,

    /// The mirror list, whose [ipfs] table names the nodes and services.
    #[arg(long, default_value = "mirrors.toml", env = "MIRRORCAST_MIRRORS")]
    pub mirrors: PathBuf,

    /// One IPFS node's RPC address, used instead of the nodes in mirrors.toml.
    #[arg(long, env = "IPFS_API")]
    pub api: Option<String>,

    /// The release log that records each release's CID (to know which older ones to unpin).
    #[arg(long, default_value = "releases.jsonl")]
    pub release_log: PathBuf,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The project directory, made if missing. It may hold other files, but none of those init
    /// writes: an organiser's files are never replaced, so there is no --force.
    #[arg(default_value = ".")]
    pub dir: PathBuf,

    /// The site id (lowercase letters, digits and dashes). Default: made from the directory's
    /// name.
    #[arg(long, value_name = "ID")]
    pub site: Option<String>,

    /// Leave the secret key unencrypted (for CI, where no one can type a password).
    #[arg(long)]
    pub unencrypted: bool,
}

#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Where to write the secret key (mode 0600).
    #[arg(long, short = 's', default_value = "mirrorcast.key")]
    pub secret_key: PathBuf,

    /// Where to write the public key.
    #[arg(long, short = 'p', default_value = "mirrorcast.pub")]
    pub public_key: PathBuf,

    /// Leave the secret key unencrypted (for CI, where no one can type a password).
    #[arg(long)]
    pub unencrypted: bool,

    /// Replace existing key files.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// The content directory.
    #[arg(long, default_value = "content", env = "MIRRORCAST_CONTENT")]
    pub content: PathBuf,

    /// The mirror list.
    #[arg(long, default_value = "mirrors.toml", env = "MIRRORCAST_MIRRORS")]
    pub mirrors: PathBuf,

    /// Local state: remembered public keys and the throwaway key.
    #[arg(long, default_value = ".mirrorcast")]
    pub state_dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct ReleaseArgs {
    /// Raise the release by one and set `released` to now (what a new release needs).
    #[arg(long, required = true)]
    pub next: bool,

    /// The content directory whose site.toml is changed.
    #[arg(long, default_value = "content", env = "MIRRORCAST_CONTENT")]
    pub content: PathBuf,
}

#[derive(Debug, Args)]
pub struct BundleArgs {
    #[command(flatten)]
    pub project: ProjectArgs,

    /// Where to write the bundle; an earlier bundle there is replaced as a whole.
    #[arg(long, default_value = "dist")]
    pub out: PathBuf,

    /// The secret key to sign with [default: mirrorcast.key, the project's key, when it
    /// exists]. Without either, and with no `publisher-key` in site.toml, a throwaway key in the
    /// state directory is used, for trying mirrorcast out.
    #[arg(long, env = "MIRRORCAST_SECRET_KEY")]
    pub secret_key: Option<PathBuf>,

    /// The release log that guards release numbers (commit it with the project).
    #[arg(long, default_value = "releases.jsonl")]
    pub release_log: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// The bundle directory.
    #[arg(default_value = "dist")]
    pub dir: PathBuf,

    /// The publisher key (the `RW…` line, or a .pub file). Default: `publisher-key` in
    /// content/site.toml, else the local key the bundle was signed with.
    #[arg(long)]
    pub publisher_key: Option<String>,

    /// The content directory whose site.toml names the publisher key.
    #[arg(long, default_value = "content", env = "MIRRORCAST_CONTENT")]
    pub content: PathBuf,

    /// Local state: remembered public keys.
    #[arg(long, default_value = ".mirrorcast")]
    pub state_dir: PathBuf,
}
