//! Lists of quotes, ascending, as files carry them: each number the gap
//! from the one before, so postcard's varints write most in one byte (and
//! a run of neighbours compresses to almost nothing).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Serialises each list as its gaps (`#[serde(with = "postings")]`).
pub fn serialize<S: Serializer>(lists: &[Vec<u32>], serializer: S) -> Result<S::Ok, S::Error> {
    let gaps: Vec<Vec<u32>> = lists.iter().map(|list| gaps(list)).collect();
    gaps.serialize(serializer)
}

/// Reads lists written by [`serialize`]; a list that would pass `u32::MAX`
/// is refused.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Vec<u32>>, D::Error> {
    let gaps = Vec::<Vec<u32>>::deserialize(deserializer)?;
    gaps.into_iter()
        .map(|list| {
            let mut at: u32 = 0;
            list.into_iter()
                .enumerate()
                .map(|(i, gap)| {
                    at = if i == 0 {
                        Some(gap)
                    } else {
                        at.checked_add(gap)
                    }
                    .ok_or_else(|| serde::de::Error::custom("a quote list runs past u32"))?;
                    Ok(at)
                })
                .collect()
        })
        .collect()
}

fn gaps(list: &[u32]) -> Vec<u32> {
    let mut last = 0;
    list.iter()
        .enumerate()
        .map(|(i, &at)| {
            let gap = if i == 0 { at } else { at.wrapping_sub(last) };
            last = at;
            gap
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Lists(#[serde(with = "super")] Vec<Vec<u32>>);

    #[test]
    fn lists_round_trip_as_gaps() {
        let lists = Lists(vec![vec![], vec![0, 1, 2, 300, 301], vec![70_000]]);
        let bytes = postcard::to_allocvec(&lists).unwrap();
        // 3 lists; 0; 5 × 1 byte but the gap of 298 (2 bytes); 70,000 in 3.
        assert_eq!(bytes.len(), 1 + 1 + 1 + 6 + 1 + 3);
        assert_eq!(postcard::from_bytes::<Lists>(&bytes).unwrap(), lists);
    }

    #[test]
    fn a_list_past_u32_is_refused() {
        let bytes = postcard::to_allocvec(&vec![vec![u32::MAX, 1]]).unwrap();
        assert!(postcard::from_bytes::<Lists>(&bytes).is_err());
    }
}
