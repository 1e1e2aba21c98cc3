#include "modules/sitesettings/CatalogEditor.h"

#include "engine/tickets/Departments.h"
#include "widgets/FormErrors.h"

#include "ui_CatalogEditor.h"

#include <QListWidget>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace fd {

CatalogEditor::CatalogEditor(SiteCatalogService& service, SiteCatalogService::Catalog catalog, const QString& prefix,
                             const QString& explanation, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CatalogEditor>()), m_service(service), m_catalog(catalog)
{
    m_ui->setupUi(this);
    setObjectName(prefix + u"Editor"_s);
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->list, m_ui->name, m_ui->add, m_ui->rename, m_ui->up,
                                                      m_ui->down, m_ui->toggle, m_ui->error}) {
        QString name = w->objectName();
        name[0] = name[0].toUpper();
        w->setObjectName(prefix + name);
    }
    m_ui->explanation->setText(explanation);
    FormErrors::style(m_ui->error);
    const bool ordered = catalog != SiteCatalogService::Catalog::Posts;
    m_ui->up->setVisible(ordered);
    m_ui->down->setVisible(ordered);
    m_ui->rename->setVisible(catalog != SiteCatalogService::Catalog::Departments); // a key never changes
    connect(m_ui->add, &QPushButton::clicked, this, &CatalogEditor::add);
    connect(m_ui->name, &QLineEdit::returnPressed, this, &CatalogEditor::add);
    connect(m_ui->rename, &QPushButton::clicked, this, &CatalogEditor::rename);
    connect(m_ui->toggle, &QPushButton::clicked, this, &CatalogEditor::toggle);
    connect(m_ui->up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_ui->down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_ui->list, &QListWidget::currentRowChanged, this, [this] {
        if (auto e = selected(); e && m_catalog != SiteCatalogService::Catalog::Departments)
            m_ui->name->setText(e->name);
        updateButtons();
    });
    updateButtons();
}

CatalogEditor::~CatalogEditor() = default;

void CatalogEditor::setSession(const Session& session)
{
    m_session = session;
}

void CatalogEditor::refresh()
{
    const qint64 keep = selected() ? selected()->id : 0;
    m_entries.clear();
    m_ui->list->clear();
    if (!m_session)
        return;
    auto found = m_service.entries(*m_session, m_catalog);
    if (!found) {
        m_ui->error->setText(found.error().message);
        m_ui->error->show();
        return;
    }
    m_entries = found.value();
    for (const CatalogEntry& e : m_entries) {
        // A seeded department in the screen's language; a site's own by the name it was given.
        const QString name =
            m_catalog == SiteCatalogService::Catalog::Departments ? Departments::displayName(e.key) : e.name;
        auto* item = new QListWidgetItem(e.active ? name : tr("%1 (switched off)").arg(name), m_ui->list);
        item->setData(Qt::UserRole, e.id);
        if (!e.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (e.id == keep)
            m_ui->list->setCurrentItem(item);
    }
    updateButtons();
}

std::optional<CatalogEntry> CatalogEditor::selected() const
{
    const int row = m_ui->list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

void CatalogEditor::updateButtons()
{
    const auto e = selected();
    m_ui->rename->setEnabled(e.has_value());
    m_ui->toggle->setEnabled(e.has_value());
    m_ui->toggle->setText(e && !e->active ? tr("Switch &on") : tr("Switch &off"));
    const int row = m_ui->list->currentRow();
    m_ui->up->setEnabled(e && row > 0);
    m_ui->down->setEnabled(e && row + 1 < m_entries.size());
}

bool CatalogEditor::done(const Result<CatalogEntry>& result)
{
    if (!result) {
        if (result.error().code == u"catalog.stale"_s || result.error().code == u"catalog.missing"_s) {
            // Another administrator changed the list: it is read again; a name typed (not the line's
            // own, filled in when it was chosen) stays for Rename again.
            const QString typed = m_ui->name->text();
            const bool ownName = selected() && typed == selected()->name;
            refresh();
            if (!ownName)
                m_ui->name->setText(typed);
        }
        m_ui->error->setText(result.error().message);
        m_ui->error->show();
        if (result.error().field == u"name"_s)
            m_ui->name->setFocus();
        return false;
    }
    m_ui->error->clear();
    m_ui->error->hide();
    const qint64 id = result.value().id;
    refresh();
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            m_ui->list->setCurrentRow(i);
    emit changed();
    return true;
}

void CatalogEditor::add()
{
    if (!m_session)
        return;
    if (done(m_service.add(*m_session, m_catalog, m_ui->name->text())))
        m_ui->name->clear();
}

void CatalogEditor::rename()
{
    if (auto e = selected(); e && m_session)
        done(m_service.rename(*m_session, m_catalog, *e, m_ui->name->text()));
}

void CatalogEditor::toggle()
{
    if (auto e = selected(); e && m_session)
        done(m_service.setActive(*m_session, m_catalog, *e, !e->active));
}

void CatalogEditor::move(int delta)
{
    const int neighbour = m_ui->list->currentRow() + (delta < 0 ? -1 : 1);
    if (auto e = selected(); e && m_session && neighbour >= 0 && neighbour < m_entries.size())
        done(m_service.move(*m_session, m_catalog, *e, delta, m_entries.at(neighbour).id));
}

} // namespace fd
