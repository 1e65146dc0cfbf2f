//! `madoguchi-server`: serves the built app and the API on one origin.
//!
//! `madoguchi-server add-staff <email> <LATIN NAME>` creates an office staff account instead
//! (password from `MADOGUCHI_STAFF_PASSWORD`, else the first line of standard input) and prints
//! its user ID.

use madoguchi_server::accounts::staff::create_staff;
use madoguchi_server::settings::PasswordCost;
use madoguchi_server::{Config, Database, serve};

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let config = Config::from_env();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [] => serve(config).await.map_err(|e| e.to_string()),
        [command, email, name] if command == "add-staff" => add_staff(&config, email, name).await,
        _ => Err("usage: madoguchi-server [add-staff <email> <LATIN NAME>]".to_owned()),
    };
    if let Err(error) = result {
        tracing::error!("{error}");
        std::process::exit(1);
    }
}

async fn add_staff(config: &Config, email: &str, name: &str) -> Result<(), String> {
    let password = match std::env::var("MADOGUCHI_STAFF_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(|e| e.to_string())?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    let db = Database::connect(&config.database_url())
        .await
        .map_err(|e| e.to_string())?;
    let now = madoguchi_server::clock::system_now();
    let user_id = create_staff(&db, email, name, &password, PasswordCost::PRODUCTION, now)
        .await
        .map_err(|e| e.to_string())?;
    println!("{user_id}");
    Ok(())
}
