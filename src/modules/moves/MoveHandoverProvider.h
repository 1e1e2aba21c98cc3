#pragma once

#include "engine/shifts/HandoverProvider.h"

#include <QCoreApplication>

namespace fd {

class Database;

// The handover sheet's "moves" lines (R-SH-2): every move-in and move-out still open, one line each:
// "入伙 RH-20261204-001 3-1-502 王伟 · day 12-20 · next: House inspection". Desk posts only.
class MoveHandoverProvider : public HandoverProvider
{
    Q_DECLARE_TR_FUNCTIONS(MoveHandoverProvider)

public:
    explicit MoveHandoverProvider(Database& db);

    [[nodiscard]] QString source() const override;
    [[nodiscard]] Result<QList<HandoverLine>> openItems(const Post& post, qint64 asOfMs) const override;

private:
    Database& m_db;
};

} // namespace fd
