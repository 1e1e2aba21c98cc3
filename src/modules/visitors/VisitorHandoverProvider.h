#pragma once

#include "engine/shifts/HandoverProvider.h"

#include <QCoreApplication>

namespace fd {

class Database;

// Every visitor still inside, one line each on a desk post's handover sheet (R-SH-2, R-VS-4):
// "王伟 (2 people) → 3-1-502, inside since 09:12". The control room's sheet does not list them.
class VisitorHandoverProvider final : public HandoverProvider
{
    Q_DECLARE_TR_FUNCTIONS(VisitorHandoverProvider)

public:
    explicit VisitorHandoverProvider(Database& db);

    [[nodiscard]] QString source() const override;
    [[nodiscard]] Result<QList<HandoverLine>> openItems(const Post& post, qint64 asOfMs) const override;

private:
    Database& m_db;
};

} // namespace fd
