#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fd::test {

// What a PDF reader copies or finds when searching a PDF that Qt wrote: the glyphs each page shows
// (Tj and TJ strings), mapped to text through their font's ToUnicode CMap, in drawing order. Glyphs
// with no mapping come out as U+FFFD. Written for Qt's PDFs (classic xref, FlateDecode content);
// poppler-utils is not a FrontDesk dependency, so tests do not need pdftotext.
class PdfText
{
public:
    explicit PdfText(const QByteArray& pdf);
    [[nodiscard]] static PdfText read(const QString& path);

    [[nodiscard]] QStringList pages() const { return m_pages; }
    [[nodiscard]] QString all() const { return m_pages.join(u'\n'); }
    // The first code point in [from, to] anywhere in the text, or 0.
    [[nodiscard]] char32_t firstIn(char32_t from, char32_t to) const;

private:
    QStringList m_pages;
};

} // namespace fd::test
