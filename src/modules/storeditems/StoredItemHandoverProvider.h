#pragma once

#include "engine/shifts/HandoverProvider.h"

#include <QCoreApplication>

namespace fd {

class Database;

// The handover sheet's "storage" lines (R-SH-2): every item still held at the desk, one line each:
// "JC-20261122-003 3-1-502 王伟 · 2 items · shelf A-3 · due 18:00". Desk posts only.
class StoredItemHandoverProvider : public HandoverProvider
{
    Q_DECLARE_TR_FUNCTIONS(StoredItemHandoverProvider)

public:
    explicit StoredItemHandoverProvider(Database& db);

    [[nodiscard]] QString source() const override;
    [[nodiscard]] Result<QList<HandoverLine>> openItems(const Post& post, qint64 asOfMs) const override;

private:
    Database& m_db;
};

} // namespace fd
