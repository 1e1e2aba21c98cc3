#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fd {

// Turns the bytes of an imported text file into text. Excel on Chinese Windows saves CSV as GBK,
// newer Excel as UTF-8 with a BOM, and "Unicode text" as UTF-16 with a BOM; all of them arrive here.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    struct Decoded
    {
        QString text;     // without the BOM
        QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "GB18030"
    };

    // BOM first; otherwise valid UTF-8 is UTF-8; otherwise GB18030 (a superset of GBK).
    [[nodiscard]] static Result<Decoded> decode(const QByteArray& bytes);
    [[nodiscard]] static bool isValidUtf8(const QByteArray& bytes);
};

} // namespace fd
