// Every PDF FrontDesk writes is searchable for the characters it prints (issue 11): PdfToUnicode
// renames the glyphs Qt named after look-alike radicals and keeps the file a valid PDF.
#include "core/PdfToUnicode.h"
#include "support/PdfText.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

QByteArray pdfOf(const QString& text)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QFont font(u"Noto Sans CJK SC"_s);
        font.setPointSize(12);
        painter.setFont(font);
        painter.drawText(QPointF(100, 400), text);
    }
    return buffer.data();
}

// Every "n" entry of the cross-reference table points at "N 0 obj" for its own N.
int misplacedObjects(const QByteArray& pdf)
{
    const qsizetype xref = pdf.lastIndexOf("\nxref\n") + 1;
    const QString table = QString::fromLatin1(pdf.mid(xref, pdf.indexOf("trailer", xref) - xref));
    static const QRegularExpression entry(u"(\\d{10}) (\\d{5}) ([nf])"_s);
    int number = 0;
    int wrong = 0;
    for (auto it = entry.globalMatch(table); it.hasNext(); ++number) {
        const auto m = it.next();
        if (m.captured(3) == u"n"_s &&
            !pdf.mid(m.captured(1).toLongLong()).startsWith(QByteArray(QByteArray::number(number) + " 0 obj")))
            ++wrong;
    }
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (pdf.mid(startxref + 9).trimmed().split('\n').value(0).toLongLong() != xref)
        ++wrong;
    return wrong;
}

TEST(PdfToUnicode, RadicalsAndTabsBecomeTheCharactersPrintedInAValidPdf)
{
    const QString printed = u"工作移交表 门禁卡 大堂岗 水龙头 鱼 黄 filled"_s;
    QByteArray pdf = pdfOf(printed);
    ASSERT_EQ(misplacedObjects(pdf), 0);
    EXPECT_NE(PdfText(pdf).firstIn(0x2E80, 0x2FDF), 0u) << "Qt itself names 工 after ⼯ (U+2F2F)";

    EXPECT_GT(PdfToUnicode::repair(pdf), 0);
    const PdfText text(pdf);
    EXPECT_EQ(text.firstIn(0x2E80, 0x2FDF), 0u) << text.all().toStdString();
    EXPECT_EQ(text.firstIn(0x00, 0x1F), 0u) << "a space is a space, not a tab";
    EXPECT_EQ(text.all(), printed);
    EXPECT_EQ(misplacedObjects(pdf), 0) << "the objects after the rewritten maps moved; the table with them";
    EXPECT_EQ(PdfToUnicode::repair(pdf), 0) << "a repaired PDF has nothing left to rename";
}

TEST(PdfToUnicode, APdfItDoesNotUnderstandIsLeftAlone)
{
    QByteArray notPdf("%PDF-1.4\nthis is not what Qt writes\n");
    const QByteArray before = notPdf;
    EXPECT_EQ(PdfToUnicode::repair(notPdf), -1);
    EXPECT_EQ(notPdf, before);
}

TEST(PdfToUnicode, OnlyLookAlikesAreRenamed)
{
    EXPECT_EQ(PdfToUnicode::preferred(0x2F2F), char32_t(0x5DE5)); // ⼯ → 工
    EXPECT_EQ(PdfToUnicode::preferred(0x2ED4), char32_t(0x95E8)); // ⻔ → 门
    EXPECT_EQ(PdfToUnicode::preferred(0x2F3E), char32_t(0x6237)); // ⼾ → 户, as the SC font draws it
    EXPECT_EQ(PdfToUnicode::preferred(0x0009), char32_t(0x0020));
    EXPECT_EQ(PdfToUnicode::preferred(0x5DE5), char32_t(0x5DE5));
    EXPECT_EQ(PdfToUnicode::preferred(0x3280), char32_t(0x3280)); // ㊀ has a glyph of its own
    EXPECT_EQ(PdfToUnicode::preferred(u'A'), char32_t(u'A'));
}

} // namespace
} // namespace fd::test
