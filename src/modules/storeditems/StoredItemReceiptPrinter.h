#pragma once

#include "core/Result.h"
#include "core/Signature.h"
#include "modules/storeditems/StoredItemTypes.h"

#include <QCoreApplication>
#include <QString>

namespace fd {

// The printed tag and receipt of a deposit (寄存牌/寄存单, R-PS-1): one A6 page with the tag number
// large, the unit, the depositor (phone masked: the slip goes on the item), the items with their
// count and condition, the shelf, the expected pickup time and the depositor's signature or why
// there is none.
class StoredItemReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(StoredItemReceiptPrinter)

public:
    struct Sheet
    {
        QString siteName;
        StoredItem item;
        Signature signature;
    };

    // The signature image is referenced as SignatureUrl; writePdf() supplies it.
    static constexpr auto SignatureUrl = "fd-signature://deposit";
    [[nodiscard]] static QString html(const Sheet& sheet);
    // Writes the PDF to `path` (overwriting it).
    static Status writePdf(const Sheet& sheet, const QString& path);
};

} // namespace fd
