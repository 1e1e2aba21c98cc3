#pragma once

#include "engine/shifts/HandoverProvider.h"

#include <QCoreApplication>

namespace fd {

class Database;

// The handover sheet's "renovations" lines (R-SH-2): every renovation under way (not ended), one line
// each: "装修 ZX-20261205-001 3-1-502 王伟 · 施工中 · ends 02-28 · 1 problem to put right". Desk posts only.
class RenovationHandoverProvider : public HandoverProvider
{
    Q_DECLARE_TR_FUNCTIONS(RenovationHandoverProvider)

public:
    explicit RenovationHandoverProvider(Database& db);

    [[nodiscard]] QString source() const override;
    [[nodiscard]] Result<QList<HandoverLine>> openItems(const Post& post, qint64 asOfMs) const override;

private:
    Database& m_db;
};

} // namespace fd
