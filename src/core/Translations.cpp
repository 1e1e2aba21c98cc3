#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace fd {

QStringList Translations::available()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString Translations::install(const QString& language)
{
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    if (!available().contains(chosen))
        chosen = u"en"_s;
    QLocale::setDefault(QLocale(chosen));
    if (chosen == u"en"_s)
        return chosen; // the source strings are English
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(u":/i18n/frontdesk_"_s + chosen + u".qm"_s))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_"_s + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

} // namespace fd
