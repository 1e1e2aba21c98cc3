#pragma once

#include "engine/shifts/HandoverProvider.h"

#include <QCoreApplication>

namespace fd {

class Database;

// R-SH-2: every tool still lent out is a line of a desk post's handover sheet
// ("梯子 ×1 → 3-1-502 王伟, since 14:20"). The control room keeps no tools.
class ToolHandoverProvider : public HandoverProvider
{
    Q_DECLARE_TR_FUNCTIONS(ToolHandoverProvider)

public:
    explicit ToolHandoverProvider(Database& db) : m_db(db) {}

    [[nodiscard]] QString source() const override { return QStringLiteral("tools"); }
    [[nodiscard]] Result<QList<HandoverLine>> openItems(const Post& post, qint64 asOfMs) const override;

private:
    Database& m_db;
};

} // namespace fd
