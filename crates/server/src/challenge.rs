//! The image challenge of the My Number e-mail step (seed 002 STEP 2, "画像認証"): served by
//! this API, not a third-party service, so the page still talks to its own origin only.
//!
//! A challenge is five letters and digits shown as a distorted picture, with the same letters
//! spoken as a sound clip for people who cannot see the picture. The answer lives in the
//! database (instances stay stateless) for [`CHALLENGE_VALID`] and is used up by the first form
//! that names it, right or wrong, so guessing costs a new challenge each time.

use std::io::Cursor;

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use captcha::filters::{Dots, Noise, Wave};
use rand::Rng;
use rand::rngs::OsRng;
use serde::Serialize;
use utoipa::ToSchema;

use crate::clock::MINUTE;
use crate::error::{ApiError, ApiErrorBody, ApiResult};
use crate::guard::ClientIp;
use crate::{AppState, ratelimit, tokens};

/// How long a challenge can be answered: long enough to fill in STEP 2 and read its
/// confirmation screen.
pub const CHALLENGE_VALID: i64 = 30 * MINUTE;
/// Characters of one challenge.
const LENGTH: usize = 5;
/// Letters and digits both the picture font and the spoken clips have, without look-alikes
/// (no 0/O/Q, 1/I, 5/S, 8/B, 2/Z).
const ALPHABET: &[char] = &[
    '3', '4', '6', '7', '9', 'A', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'M', 'N', 'P', 'R', 'T',
    'U', 'V', 'W', 'X', 'Y',
];
/// Silence between spoken characters, in samples of the clips' 22,050 Hz.
const GAP_SAMPLES: usize = 22_050 * 2 / 5;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/challenges", post(create))
        .route("/challenges/{id}/image", get(image))
        .route("/challenges/{id}/audio", get(audio))
        .route("/test/challenges/{id}", get(test_answer))
}

/// A new challenge: where to fetch its picture and its spoken form.
#[derive(Debug, Serialize, ToSchema)]
pub struct NewChallenge {
    #[schema(example = "b3JJ4rQ2gG7c0V7dMRmFQb0J0pJxw8kWb8hT2zOe9xY")]
    pub id: String,
    #[schema(example = "/api/challenges/b3JJ4rQ2gG7c0V7dMRmFQb0J0pJxw8kWb8hT2zOe9xY/image")]
    pub image: String,
    #[schema(example = "/api/challenges/b3JJ4rQ2gG7c0V7dMRmFQb0J0pJxw8kWb8hT2zOe9xY/audio")]
    pub audio: String,
    /// Seconds left to answer it.
    #[schema(example = 1800)]
    pub expires_in: i64,
}

#[utoipa::path(post, path = "/api/challenges", tag = "forms",
    responses(
        (status = 201, description = "A new challenge", body = NewChallenge),
        (status = 429, body = ApiErrorBody),
    ))]
pub async fn create(State(state): State<AppState>, ClientIp(ip): ClientIp) -> ApiResult<Response> {
    let now = state.clock.now();
    ratelimit::hit(
        &state.db,
        &format!("challenge:ip:{ip}"),
        state.settings.limits.challenges_per_ip,
        now,
    )
    .await?;
    let id = tokens::new_token();
    sqlx::query(
        "INSERT INTO challenges (id, answer, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(&id)
    .bind(new_answer())
    .bind(now)
    .bind(now + CHALLENGE_VALID)
    .execute(state.db.pool())
    .await?;
    let body = NewChallenge {
        image: format!("/api/challenges/{id}/image"),
        audio: format!("/api/challenges/{id}/audio"),
        id,
        expires_in: CHALLENGE_VALID,
    };
    Ok((StatusCode::CREATED, no_store(), Json(body)).into_response())
}

#[utoipa::path(get, path = "/api/challenges/{id}/image", tag = "forms",
    params(("id" = String, Path, description = "The challenge")),
    responses(
        (status = 200, description = "The letters as a distorted picture", content_type = "image/png", body = Vec<u8>),
        (status = 404, description = "Unknown, used or expired", body = ApiErrorBody),
    ))]
pub async fn image(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Response> {
    let answer = open_answer(&state, &id).await?;
    let png = picture(&answer).ok_or_else(ApiError::internal)?;
    Ok((no_store(), [(header::CONTENT_TYPE, "image/png")], png).into_response())
}

#[utoipa::path(get, path = "/api/challenges/{id}/audio", tag = "forms",
    params(("id" = String, Path, description = "The challenge")),
    responses(
        (status = 200, description = "The letters spoken one by one (English letter names), with noise", content_type = "audio/wav", body = Vec<u8>),
        (status = 404, description = "Unknown, used or expired", body = ApiErrorBody),
    ))]
pub async fn audio(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<Response> {
    let answer = open_answer(&state, &id).await?;
    let wav = spoken(&answer).ok_or_else(ApiError::internal)?;
    Ok((no_store(), [(header::CONTENT_TYPE, "audio/wav")], wav).into_response())
}

/// The answer, for browser tests.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChallengeAnswer {
    #[schema(example = "K7M4X")]
    pub answer: String,
}

#[utoipa::path(get, path = "/api/test/challenges/{id}", tag = "dev",
    params(("id" = String, Path, description = "The challenge")),
    responses(
        (status = 200, body = ChallengeAnswer),
        (status = 404, description = "Off (MADOGUCHI_TEST_HOOKS not set), or no such challenge", body = ApiErrorBody),
    ))]
pub async fn test_answer(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<ChallengeAnswer>> {
    if !state.settings.test_hooks {
        return Err(ApiError::not_found());
    }
    let answer = open_answer(&state, &id).await?;
    Ok(Json(ChallengeAnswer { answer }))
}

/// Uses up the challenge `id` inside the form's transaction; true when `typed` is its answer
/// (case, spaces and full-width forms do not matter). False for unknown, used or expired ones.
pub async fn consume(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: &str,
    typed: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let stored: Option<(String,)> = sqlx::query_as(
        "UPDATE challenges SET used_at = $1 \
         WHERE id = $2 AND used_at IS NULL AND expires_at > $1 RETURNING answer",
    )
    .bind(now)
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(stored.is_some_and(|(answer,)| normalise(typed) == answer))
}

async fn open_answer(state: &AppState, id: &str) -> ApiResult<String> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT answer FROM challenges WHERE id = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(id)
    .bind(state.clock.now())
    .fetch_optional(state.db.pool())
    .await?;
    row.map(|(answer,)| answer).ok_or_else(ApiError::not_found)
}

fn new_answer() -> String {
    let mut rng = OsRng;
    (0..LENGTH)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())])
        .collect()
}

/// What the person typed, as stored answers are written.
fn normalise(typed: &str) -> String {
    madoguchi_rules::text::to_half_width(typed)
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// The picture: each character drawn by the crate's font, then noise, dots and a wave.
fn picture(answer: &str) -> Option<Vec<u8>> {
    let mut image = captcha::Captcha::new();
    for c in answer.chars() {
        image.set_chars(&[c]).add_char();
    }
    image
        .apply_filter(Noise::new(0.05))
        .apply_filter(Wave::new(2.0, 8.0).horizontal())
        .view(260, 110)
        .apply_filter(Dots::new(6))
        .set_color([20, 40, 100]);
    image.as_png()
}

/// The spoken form: the crate's noisy clip of each character, joined with pauses into one WAV.
fn spoken(answer: &str) -> Option<Vec<u8>> {
    let mut speaker = captcha::Captcha::new();
    for c in answer.chars() {
        speaker.set_chars(&[c]).add_char();
    }
    let clips = speaker.as_wav();
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 22_050,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut out = Cursor::new(Vec::new());
    {
        let mut writer = hound::WavWriter::new(&mut out, spec).ok()?;
        for clip in clips {
            let reader = hound::WavReader::new(Cursor::new(clip?)).ok()?;
            if reader.spec() != spec {
                return None;
            }
            for sample in reader.into_samples::<i16>() {
                writer.write_sample(sample.ok()?).ok()?;
            }
            for _ in 0..GAP_SAMPLES {
                writer.write_sample(0i16).ok()?;
            }
        }
        writer.finalize().ok()?;
    }
    Some(out.into_inner())
}

/// Challenges are single-use secrets: no cache may keep them.
fn no_store() -> [(header::HeaderName, &'static str); 1] {
    [(header::CACHE_CONTROL, "no-store")]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_can_be_drawn_and_spoken() {
        let all: String = ALPHABET.iter().collect();
        for chunk in all.as_bytes().chunks(LENGTH) {
            let answer = std::str::from_utf8(chunk).expect("ASCII alphabet");
            let png = picture(answer).expect("picture");
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            let wav = spoken(answer).expect("sound");
            let reader = hound::WavReader::new(Cursor::new(&wav)).expect("a WAV");
            // Each character is at least a quarter second of sound plus its pause.
            assert!(
                reader.duration() as usize > answer.len() * (GAP_SAMPLES + 22_050 / 4),
                "{answer}: {} samples",
                reader.duration()
            );
        }
    }

    #[test]
    fn the_picture_differs_each_time_but_has_the_same_size() {
        let first = picture("K7M4X").expect("picture");
        let second = picture("K7M4X").expect("picture");
        assert_ne!(first, second);
        let size = |png: &[u8]| {
            (
                u32::from_be_bytes(png[16..20].try_into().expect("4 bytes")),
                u32::from_be_bytes(png[20..24].try_into().expect("4 bytes")),
            )
        };
        assert_eq!(size(&first), (260, 110));
        assert_eq!(size(&second), (260, 110));
    }

    #[test]
    fn answers_are_typed_loosely() {
        assert_eq!(normalise(" k7m 4x "), "K7M4X");
        assert_eq!(normalise("Ｋ７ｍ４ｘ"), "K7M4X");
        let answer = new_answer();
        assert_eq!(answer.len(), LENGTH);
        assert!(answer.chars().all(|c| ALPHABET.contains(&c)));
    }
}
