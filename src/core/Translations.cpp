#include "core/Translations.h"

#include "core/TranslationCatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

struct Installed
{
    QString language;
    QTranslator* own = nullptr;
    QTranslator* qt = nullptr;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void remove(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

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
    Installed& state = installed();
    remove(state.own);
    remove(state.qt);
    state.language = chosen;
    QLocale::setDefault(QLocale(chosen));
    if (chosen == u"en"_s)
        return chosen; // the source strings are English
    state.own = new QTranslator(QCoreApplication::instance());
    if (state.own->load(u":/i18n/frontdesk_"_s + chosen + u".qm"_s))
        QCoreApplication::installTranslator(state.own);
    state.qt = new QTranslator(QCoreApplication::instance());
    if (state.qt->load(u"qtbase_"_s + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt);
    return chosen;
}

QString Translations::term(const char* context, const QString& stored)
{
    const QString wanted = QString::fromLatin1(context);
    const auto translate = [&](const TranslationCatalog::Message* m) {
        const QByteArray comment = m->comment.toUtf8();
        return QCoreApplication::translate(context, m->source.toUtf8().constData(),
                                           comment.isEmpty() ? nullptr : comment.constData());
    };
    for (const QString& language : available()) {
        const TranslationCatalog& catalog = TranslationCatalog::forLanguage(language);
        if (language == u"en"_s || catalog.isEmpty())
            continue; // English is the source text, looked up below
        for (const TranslationCatalog::Message* m : catalog.withTranslation(stored))
            if (m->context == wanted)
                return translate(m);
        for (const TranslationCatalog::Message* m : catalog.withSource(stored))
            if (m->context == wanted)
                return translate(m);
    }
    return stored;
}

QString Translations::current()
{
    const QString& language = installed().language;
    if (!language.isEmpty())
        return language;
    return QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

} // namespace fd
