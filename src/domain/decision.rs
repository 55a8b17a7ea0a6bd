//! The provider decision rules (SPEC section 7).
