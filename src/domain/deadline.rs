//! The service deadline (SPEC section 7).
