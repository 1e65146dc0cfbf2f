//! Page-numbered lists (seed 001 §5: 表示数変更 "20件ずつ表示", page numbers, 最初へ / 最後へ).

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::error::ApiError;

/// Page sizes the page-size selector offers.
pub const PAGE_SIZES: [i64; 4] = [10, 20, 50, 100];
pub const DEFAULT_PAGE_SIZE: i64 = 20;

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// 1-based page number (default 1).
    #[param(minimum = 1)]
    pub page: Option<i64>,
    /// 10, 20 (default), 50 or 100.
    pub page_size: Option<i64>,
}

impl PageQuery {
    /// `(limit, offset)`, or a field error for a page below 1 or a size not offered.
    pub fn limits(&self) -> Result<(i64, i64, i64), ApiError> {
        let page = self.page.unwrap_or(1);
        let size = self.page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if !(1..=1_000_000).contains(&page) {
            return Err(ApiError::field("page", "rule-choice-invalid"));
        }
        if !PAGE_SIZES.contains(&size) {
            return Err(ApiError::field("page_size", "rule-choice-invalid"));
        }
        Ok((page, size, (page - 1) * size))
    }
}

/// Where a page sits in the whole list.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct PageInfo {
    pub page: i64,
    pub page_size: i64,
    /// Items in the whole list.
    pub total: i64,
    /// At least 1, so "1" is shown for an empty list as on the official screen.
    pub total_pages: i64,
}

impl PageInfo {
    pub fn new(page: i64, page_size: i64, total: i64) -> PageInfo {
        PageInfo {
            page,
            page_size,
            total,
            total_pages: ((total + page_size - 1) / page_size).max(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages() {
        let query = PageQuery::default();
        assert_eq!(query.limits().ok(), Some((1, 20, 0)));
        let third = PageQuery {
            page: Some(3),
            page_size: Some(50),
        };
        assert_eq!(third.limits().ok(), Some((3, 50, 100)));
        assert!(
            PageQuery {
                page: Some(0),
                page_size: None
            }
            .limits()
            .is_err()
        );
        assert!(
            PageQuery {
                page: None,
                page_size: Some(25)
            }
            .limits()
            .is_err()
        );
        assert_eq!(PageInfo::new(1, 20, 0).total_pages, 1);
        assert_eq!(PageInfo::new(1, 20, 20).total_pages, 1);
        assert_eq!(PageInfo::new(1, 20, 21).total_pages, 2);
    }
}
