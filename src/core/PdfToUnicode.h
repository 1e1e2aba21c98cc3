#pragma once

#include <QByteArray>
#include <QString>

namespace fd {

// Makes the text of a PDF that Qt wrote the characters it printed.
//
// Qt's PDF writer embeds each font with a ToUnicode map that names every glyph by the LOWEST code
// point the font maps to it. Noto Sans CJK (fonts-noto-cjk) maps many ideographs and a look-alike
// radical to one glyph, so 工作移交表 copied or searched in a PDF reads ⼯作移交表 (U+2F2F, a Kangxi
// radical), 门 reads ⻔ (U+2ED4) and a space reads as a tab. The page looks right; search and copy
// fail. repair() renames those glyphs after the character text uses (工, 门, space), and a Latin
// ligature glyph (ﬁ) after its letters, so that "filled" is found too.
class PdfToUnicode
{
public:
    // Rewrites the ToUnicode maps of a PDF written by QPdfWriter or QPrinter (PDF output) and moves
    // the cross-reference table to match. Returns how many glyph names changed; 0 leaves `pdf` as it
    // was, and so does -1 for a PDF it does not understand.
    static int repair(QByteArray& pdf);
    // repair() on a file; false when the file cannot be read or written back.
    static bool repairFile(const QString& path);
    // The character text uses for a glyph whose lowest code point is `codePoint`: the ideograph for
    // a radical the font draws with the same glyph, U+0020 for a control code; else codePoint itself.
    [[nodiscard]] static char32_t preferred(char32_t codePoint);
};

} // namespace fd
