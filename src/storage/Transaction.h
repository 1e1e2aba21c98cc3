#pragma once

#include "core/Result.h"

namespace fd {

class Database;

// A write transaction that rolls back unless commit() succeeded before the scope ends.
// Nested Transactions join the outermost one; a failure inside makes the whole thing roll back.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when the transaction could not even start (e.g. the database is locked).
    [[nodiscard]] const Status& started() const { return m_started; }
    [[nodiscard]] Status commit();

private:
    Database& m_db;
    Status m_started;
    bool m_done = false;
};

} // namespace fd
