//! What the FaceMesh points say about a face: head pose (yaw, pitch, roll), how open the eyes
//! are, and where the eyes, chin and forehead are. Pure geometry on [`Mesh`] points.

use serde::Serialize;

use crate::landmarks::Mesh;

/// MediaPipe FaceMesh point indices ("right"/"left" are the person's own sides, so the right
/// eye is on the image's left in an unmirrored photo).
pub mod idx {
    pub const FOREHEAD: usize = 10;
    pub const CHIN: usize = 152;
    pub const NOSE_TIP: usize = 1;
    pub const RIGHT_EYE_OUTER: usize = 33;
    pub const RIGHT_EYE_INNER: usize = 133;
    pub const LEFT_EYE_OUTER: usize = 263;
    pub const LEFT_EYE_INNER: usize = 362;
    /// Upper/lower eyelid pairs, outer to inner.
    pub const RIGHT_LIDS: [(usize, usize); 3] = [(160, 144), (159, 145), (158, 153)];
    pub const LEFT_LIDS: [(usize, usize); 3] = [(387, 373), (386, 374), (385, 380)];
    /// Face outline at the cheekbones (person's right, left).
    pub const RIGHT_CHEEK: usize = 234;
    pub const LEFT_CHEEK: usize = 454;
    /// The upper face outline (forehead, temples), person's right to left over the top.
    pub const FOREHEAD_OUTLINE: [usize; 9] = [127, 162, 21, 54, 103, 67, 109, 10, 338];
    pub const FOREHEAD_OUTLINE_LEFT: [usize; 8] = [297, 332, 284, 251, 389, 356, 454, 323];
}

/// Pitch the mesh reports for a face looking straight into the camera (its forehead-to-chin
/// line leans back at the top): the median over the 28 faces of rustface's group photo the
/// mesh fits, which look at the camera, is −9°.
const PITCH_NEUTRAL: f64 = -9.0;

/// Head pose in degrees. `yaw` > 0: the nose points to the image's right (the person turned
/// to their left); `pitch` > 0: the chin is raised; `roll` > 0: the head leans clockwise in
/// the image (as [`crate::Face::roll_degrees`]).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Pose {
    pub yaw: f64,
    pub pitch: f64,
    pub roll: f64,
}

/// The measures taken from one face's mesh, in pixels of the upright photo.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MeshMeasures {
    pub pose: Pose,
    /// Eye aspect ratios (lid gap over eye width), image-left eye then image-right eye.
    pub eye_openness: [f64; 2],
    /// Eye centres, image-left then image-right.
    pub eyes: [(f64, f64); 2],
    pub chin: (f64, f64),
    /// Top of the forehead (the mesh's top point, at or below the hairline).
    pub forehead: (f64, f64),
    /// Forehead-to-chin length in pixels.
    pub face_length: f64,
    /// The upper face outline from the image's left to its right, over the forehead.
    #[serde(skip)]
    pub outline: Vec<(f64, f64)>,
    pub detection_score: f64,
}

type V3 = [f64; 3];

fn sub(a: V3, b: V3) -> V3 {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
}

fn dot(a: V3, b: V3) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn scale(a: V3, s: f64) -> V3 {
    [a[0] * s, a[1] * s, a[2] * s]
}

fn unit(a: V3) -> Option<V3> {
    let n = dot(a, a).sqrt();
    (n > 1e-9 && n.is_finite()).then(|| scale(a, 1.0 / n))
}

fn cross(a: V3, b: V3) -> V3 {
    [
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    ]
}

fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

fn mid(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
}

/// Head pose from the mesh's 3-D points: the face's across axis (outer eye corners) and down
/// axis (forehead to chin) give its orientation; the nose direction is their cross product.
pub fn pose(mesh: &Mesh) -> Option<Pose> {
    let across = sub(
        mesh.point(idx::LEFT_EYE_OUTER),
        mesh.point(idx::RIGHT_EYE_OUTER),
    );
    let down = sub(mesh.point(idx::CHIN), mesh.point(idx::FOREHEAD));
    let x = unit(across)?;
    let y = unit(sub(down, scale(x, dot(down, x))))?;
    // x right, y down: x × y points away from the camera; the nose points the other way.
    let n = scale(cross(x, y), -1.0);
    let yaw = n[0].atan2(-n[2]).to_degrees();
    let pitch = (-n[1]).atan2(-n[2]).to_degrees() - PITCH_NEUTRAL;
    let roll = x[1].atan2(x[0]).to_degrees();
    [yaw, pitch, roll]
        .iter()
        .all(|v| v.is_finite())
        .then_some(Pose { yaw, pitch, roll })
}

/// Lid gap over eye width (the eye aspect ratio): about 0.3 open, under 0.1 closed.
fn openness(mesh: &Mesh, corners: (usize, usize), lids: [(usize, usize); 3]) -> f64 {
    let width = dist(mesh.xy(corners.0), mesh.xy(corners.1));
    let gap = lids
        .iter()
        .map(|&(up, down)| dist(mesh.xy(up), mesh.xy(down)))
        .sum::<f64>()
        / 3.0;
    if width > 1e-9 { gap / width } else { f64::NAN }
}

/// Everything measured from one mesh; `None` when the points are degenerate.
pub fn measure(mesh: &Mesh) -> Option<MeshMeasures> {
    let pose = pose(mesh)?;
    let right = mid(mesh.xy(idx::RIGHT_EYE_OUTER), mesh.xy(idx::RIGHT_EYE_INNER));
    let left = mid(mesh.xy(idx::LEFT_EYE_OUTER), mesh.xy(idx::LEFT_EYE_INNER));
    let right_open = openness(
        mesh,
        (idx::RIGHT_EYE_OUTER, idx::RIGHT_EYE_INNER),
        idx::RIGHT_LIDS,
    );
    let left_open = openness(
        mesh,
        (idx::LEFT_EYE_OUTER, idx::LEFT_EYE_INNER),
        idx::LEFT_LIDS,
    );
    // Image order: the person's right eye is on the image's left unless the photo is mirrored.
    let (eyes, eye_openness) = if right.0 <= left.0 {
        ([right, left], [right_open, left_open])
    } else {
        ([left, right], [left_open, right_open])
    };
    let chin = mesh.xy(idx::CHIN);
    let forehead = mesh.xy(idx::FOREHEAD);
    let face_length = dist(chin, forehead);
    let mut outline: Vec<(f64, f64)> = idx::FOREHEAD_OUTLINE
        .iter()
        .chain(idx::FOREHEAD_OUTLINE_LEFT.iter())
        .map(|&i| mesh.xy(i))
        .collect();
    outline.sort_by(|a, b| a.0.total_cmp(&b.0));
    let finite = |p: (f64, f64)| p.0.is_finite() && p.1.is_finite();
    (face_length > 1.0
        && eye_openness.iter().all(|v| v.is_finite())
        && [eyes[0], eyes[1], chin, forehead].into_iter().all(finite))
    .then_some(MeshMeasures {
        pose,
        eye_openness,
        eyes,
        chin,
        forehead,
        face_length,
        outline,
        detection_score: mesh.detection_score,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::landmarks::MESH_POINTS;

    /// A mesh with the points `measure` uses placed on a frontal face, then turned by yaw
    /// (about the vertical axis) and pitch (about the horizontal one).
    fn face(yaw: f64, pitch: f64, roll: f64, lid_gap: f64) -> Mesh {
        let mut points = vec![[0.0; 3]; MESH_POINTS];
        let mut put = |i: usize, p: V3| points[i] = p;
        put(idx::FOREHEAD, [0.0, -60.0, -10.0]);
        put(idx::CHIN, [0.0, 70.0, -10.0]);
        put(idx::NOSE_TIP, [0.0, 10.0, -40.0]);
        put(idx::RIGHT_EYE_OUTER, [-45.0, 0.0, 0.0]);
        put(idx::RIGHT_EYE_INNER, [-15.0, 0.0, -5.0]);
        put(idx::LEFT_EYE_OUTER, [45.0, 0.0, 0.0]);
        put(idx::LEFT_EYE_INNER, [15.0, 0.0, -5.0]);
        for (k, &(up, down)) in idx::RIGHT_LIDS.iter().enumerate() {
            let x = -37.5 + 7.5 * k as f64;
            put(up, [x, -lid_gap / 2.0, -3.0]);
            put(down, [x, lid_gap / 2.0, -3.0]);
        }
        for (k, &(up, down)) in idx::LEFT_LIDS.iter().enumerate() {
            let x = 37.5 - 7.5 * k as f64;
            put(up, [x, -lid_gap / 2.0, -3.0]);
            put(down, [x, lid_gap / 2.0, -3.0]);
        }
        let (sy, cy) = yaw.to_radians().sin_cos();
        let (sp, cp) = pitch.to_radians().sin_cos();
        let (sr, cr) = roll.to_radians().sin_cos();
        let points = points
            .into_iter()
            .map(|[x, y, z]| {
                // Yaw: the nose (z < 0) swings to +x for a positive angle.
                let (x, z) = (x * cy - z * sy, x * sy + z * cy);
                // Pitch: the chin (y > 0) comes forward (z < 0) when raised.
                let (y, z) = (y * cp + z * sp, -y * sp + z * cp);
                let (x, y) = (x * cr - y * sr, x * sr + y * cr);
                [x + 500.0, y + 400.0, z]
            })
            .collect();
        Mesh {
            points,
            detection_score: 0.9,
            presence: 1.0,
        }
    }

    #[test]
    fn pose_is_recovered_from_turned_meshes() {
        for (yaw, pitch, roll) in [
            (0.0, 0.0, 0.0),
            (20.0, 0.0, 0.0),
            (-15.0, 0.0, 0.0),
            (0.0, 12.0, 0.0),
            (0.0, -12.0, 0.0),
            (0.0, 0.0, 8.0),
            (10.0, -8.0, -5.0),
        ] {
            let m = measure(&face(yaw, pitch, roll, 9.0)).unwrap_or_else(|| panic!("no measures"));
            let p = m.pose;
            assert!((p.yaw - yaw).abs() < 1.5, "{yaw} {pitch} {roll}: {p:?}");
            assert!(
                (p.pitch + PITCH_NEUTRAL - pitch).abs() < 1.5,
                "{yaw} {pitch} {roll}: {p:?}"
            );
            assert!((p.roll - roll).abs() < 1.5, "{yaw} {pitch} {roll}: {p:?}");
        }
    }

    #[test]
    fn eye_openness_follows_the_lid_gap() {
        let open = measure(&face(0.0, 0.0, 0.0, 9.0)).unwrap_or_else(|| panic!());
        let closed = measure(&face(0.0, 0.0, 0.0, 1.0)).unwrap_or_else(|| panic!());
        assert!((open.eye_openness[0] - 0.3).abs() < 1e-6, "{open:?}");
        assert!(closed.eye_openness[1] < 0.05);
        assert!(open.eyes[0].0 < open.eyes[1].0);
        assert!((open.face_length - 130.0).abs() < 1e-6);
    }

    #[test]
    fn degenerate_meshes_measure_nothing() {
        let flat = Mesh {
            points: vec![[3.0, 3.0, 0.0]; MESH_POINTS],
            detection_score: 1.0,
            presence: 1.0,
        };
        assert!(measure(&flat).is_none());
        let short = Mesh {
            points: Vec::new(),
            detection_score: 1.0,
            presence: 1.0,
        };
        assert!(measure(&short).is_none());
    }
}
