#include "core/TranslationCatalog.h"

#include <QFile>
#include <QMap>
#include <QMutex>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// The layout QTranslator reads (qtbase/src/corelib/kernel/qtranslator.cpp): a magic number, then
// sections (tag, 32-bit big-endian length, bytes); the messages section holds records of tagged fields.
constexpr uchar Magic[16] = {0x3c, 0xb8, 0x64, 0x18, 0xca, 0xef, 0x9c, 0x95,
                             0xcd, 0x21, 0x1c, 0xbf, 0x60, 0xa1, 0xbd, 0xdd};
constexpr uchar MessagesSection = 0x69;
enum Tag : uchar { End = 1, Translation = 3, Obsolete1 = 5, SourceText = 6, Context = 7, Comment = 8 };

quint32 read32(const uchar* p)
{
    return qFromBigEndian<quint32>(p);
}

QList<const TranslationCatalog::Message*> pick(const QList<TranslationCatalog::Message>& all,
                                               const QMultiHash<QString, int>& index, const QString& key)
{
    QList<int> rows = index.values(key);
    std::sort(rows.begin(), rows.end());
    QList<const TranslationCatalog::Message*> out;
    for (int row : rows)
        out.append(&all[row]);
    return out;
}

} // namespace

TranslationCatalog TranslationCatalog::load(const QString& path)
{
    TranslationCatalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    const QByteArray data = file.readAll();
    const auto* p = reinterpret_cast<const uchar*>(data.constData());
    const uchar* end = p + data.size();
    if (data.size() < 16 || !std::equal(Magic, Magic + 16, p))
        return catalog;
    p += 16;
    while (end - p >= 5) {
        const uchar section = p[0];
        const quint32 length = read32(p + 1);
        p += 5;
        if (quint64(end - p) < length)
            return catalog;
        if (section != MessagesSection) {
            p += length;
            continue;
        }
        const uchar* m = p;
        const uchar* mEnd = p + length;
        Message message;
        bool first = true;
        while (m < mEnd) {
            const uchar tag = *m++;
            if (tag == End) {
                catalog.m_messages.append(message);
                message = {};
                first = true;
                continue;
            }
            if (tag == Obsolete1) {
                m += 4;
                continue;
            }
            if (mEnd - m < 4)
                break;
            const quint32 size = read32(m);
            m += 4;
            if (size == 0xffffffffu)
                continue;
            if (quint64(mEnd - m) < size)
                break;
            const auto* bytes = reinterpret_cast<const char*>(m);
            switch (tag) {
            case Translation:
                if (first) {
                    QString text(int(size / 2), Qt::Uninitialized);
                    for (quint32 i = 0; i < size / 2; ++i)
                        text[int(i)] = QChar(qFromBigEndian<quint16>(m + 2 * i));
                    message.translation = text;
                    first = false;
                }
                break;
            case SourceText:
                message.source = QString::fromUtf8(bytes, int(size));
                break;
            case Context:
                message.context = QString::fromUtf8(bytes, int(size));
                break;
            case Comment:
                message.comment = QString::fromUtf8(bytes, int(size));
                break;
            default:
                break;
            }
            m += size;
        }
        p += length;
    }
    for (int i = 0; i < catalog.m_messages.size(); ++i) {
        const Message& message = catalog.m_messages[i];
        if (!message.translation.isEmpty())
            catalog.m_byTranslation.insert(message.translation, i);
        if (!message.source.isEmpty())
            catalog.m_bySource.insert(message.source, i);
    }
    return catalog;
}

const TranslationCatalog& TranslationCatalog::forLanguage(const QString& language)
{
    static QMutex mutex;
    static QMap<QString, TranslationCatalog> loaded;
    const QMutexLocker lock(&mutex);
    auto found = loaded.find(language);
    if (found == loaded.end())
        found = loaded.insert(language, load(u":/i18n/frontdesk_"_s + language + u".qm"_s));
    return found.value();
}

QList<const TranslationCatalog::Message*> TranslationCatalog::withTranslation(const QString& text) const
{
    return pick(m_messages, m_byTranslation, text);
}

QList<const TranslationCatalog::Message*> TranslationCatalog::withSource(const QString& source) const
{
    return pick(m_messages, m_bySource, source);
}

} // namespace fd
