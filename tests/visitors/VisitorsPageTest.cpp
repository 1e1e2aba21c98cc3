namespace fd::test {}
