// Deprecations fail the integration tests instead of scrolling past as warnings: pg warns when two
// queries are sent at once on one connection (a transaction's), which pg 9 will refuse outright.
process.throwDeprecation = true;
