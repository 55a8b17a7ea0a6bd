use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(attach::run(std::env::args_os()).code())
}
