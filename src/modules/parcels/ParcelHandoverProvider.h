#pragma once

#include "engine/shifts/HandoverProvider.h"

#include <QCoreApplication>

namespace fd {

class ParcelService;

// R-SH-2 with R-PS-4: the desk hands over the parcels still waiting, one line per unit
// ("3-1-502 2 pieces (顺丰), waiting since 11-20"); the line's refId is the unit's id.
class ParcelHandoverProvider : public HandoverProvider
{
    Q_DECLARE_TR_FUNCTIONS(ParcelHandoverProvider)

public:
    explicit ParcelHandoverProvider(const ParcelService& parcels) : m_parcels(parcels) {}

    [[nodiscard]] QString source() const override;
    [[nodiscard]] Result<QList<HandoverLine>> openItems(const Post& post, qint64 asOfMs) const override;

private:
    const ParcelService& m_parcels;
};

} // namespace fd
