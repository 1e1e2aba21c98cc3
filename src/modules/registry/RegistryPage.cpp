#include "modules/registry/RegistryPage.h"

#include "modules/registry/ImportDialog.h"
#include "modules/registry/RegistryService.h"
#include "modules/registry/UnitDetailWidget.h"
#include "modules/registry/UnitSearchModel.h"
#include "widgets/Ask.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

RegistryPage::RegistryPage(RegistryService& registry, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_model(new UnitSearchModel(registry, this)),
      m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_import(new QPushButton(tr("&Import units…"), this)),
      m_table(new QTableView(this)), m_detail(new UnitDetailWidget(registry, clock, this)), m_debounce(new QTimer(this))
{
    setObjectName(u"registryPage"_s);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Registry"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    top->addWidget(heading);
    m_search->setObjectName(u"registrySearch"_s);
    m_search->setPlaceholderText(tr("Unit (3-1-502 or 31502), a resident's name, or a phone's last 4 digits"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_count->setObjectName(u"registryResultCount"_s);
    m_count->setMinimumWidth(90);
    top->addWidget(m_count);
    m_import->setObjectName(u"importUnitsButton"_s);
    m_import->setToolTip(tr("Check a CSV list of units and residents, then import it"));
    top->addWidget(m_import);
    layout->addLayout(top);

    m_table->setObjectName(u"unitTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Codes, types, areas and phone tails are short: size them to what they hold, give names the rest.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UnitSearchModel::Residents, QHeaderView::Stretch);
    header->setStretchLastSection(false);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"registrySplitter"_s);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    // Typing searches after a short pause (no query per keystroke); Enter searches at once.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &RegistryPage::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        runSearch();
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegistryPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistryPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegistryPage::updateCount);
    connect(m_import, &QPushButton::clicked, this, &RegistryPage::openImportDialog);
    connect(m_detail, &UnitDetailWidget::notesSaved, this, [this] { runSearch(); });
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_detail);
    m_import->hide();
}

void RegistryPage::setSession(const Session& session)
{
    if (m_session && m_session->user.id != session.user.id) {
        // Another person now: nothing of the previous one's search or unsaved notes stays on screen.
        m_search->clear();
        m_detail->clear();
    }
    m_session = session;
    m_model->setSession(session);
    m_detail->setSession(session);
    m_import->setVisible(session.may(Permission::ImportRegistry));
    runSearch();
}

void RegistryPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RegistryPage::runSearch()
{
    const qint64 shown = m_detail->unitId();
    m_countedQuery.clear();
    m_model->setQuery(m_search->text());
    const int row = m_model->rowOf(shown);
    if (row >= 0)
        m_table->selectRow(row);
    else if (!m_detail->hasUnsavedNotes()) // a new search never throws away notes being typed
        m_detail->clear();
}

void RegistryPage::followChanges(const QList<Change>& changes)
{
    const qint64 shown = m_detail->unitId();
    // The units found read again, the one shown chosen again; one that no longer matches the search
    // stays shown (nothing the clerk looks at vanishes under her).
    m_countedQuery.clear();
    const int loaded = m_model->rowCount();
    m_model->refresh();
    m_model->fetchAtLeast(loaded); // as far down as it was read, not a long search to its end
    if (const int row = m_model->rowOf(shown); shown != 0 && row >= 0)
        m_table->selectRow(row);
    if (shown == 0)
        return;
    for (const Change& c : changes)
        if (c.kind == u"resident"_s || (c.kind == u"unit"_s && c.id == shown) ||
            c.kind == QLatin1StringView(ChangeFeed::everything)) {
            m_detail->showAgain();
            return;
        }
}

void RegistryPage::updateCount()
{
    if (m_model->query().isEmpty()) {
        m_count->clear();
        return;
    }
    if (m_model->lastError()) {
        m_count->setText(m_model->lastError()->message);
        return;
    }
    const int shown = m_model->rowCount();
    if (shown == 0) {
        m_count->setText(tr("No unit found"));
        return;
    }
    if (!m_model->canFetchMore({})) {
        m_count->setText(tr("%n unit(s)", nullptr, shown));
        return;
    }
    // More pages wait: ask for the total once per search rather than loading them.
    if (m_countedQuery != m_model->query()) {
        auto total = m_session ? m_registry.searchCount(*m_session, m_model->query()) : Result<int>(Error{});
        m_countedQuery = m_model->query();
        m_countedTotal = total ? total.value() : -1;
    }
    m_count->setText(m_countedTotal >= 0 ? tr("%n unit(s)", nullptr, m_countedTotal) : tr("%n+ units", nullptr, shown));
}

void RegistryPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->unitIdAt(current.row()) : 0;
    if (id == m_detail->unitId())
        return;
    if (m_detail->hasUnsavedNotes() && !keepOrDropNotes()) {
        // Stay on the unit whose notes could not be saved, so nothing typed is lost.
        const int row = m_model->rowOf(m_detail->unitId());
        const QSignalBlocker block(m_table->selectionModel());
        if (row >= 0)
            m_table->selectRow(row);
        return;
    }
    m_detail->showUnit(id);
}

bool RegistryPage::keepOrDropNotes()
{
    const auto answer =
        Ask::question(this, tr("Unsaved notes"), tr("Save the notes you typed for this unit before leaving it?"),
                      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_detail->saveNotes();
    return answer == QMessageBox::Discard;
}

void RegistryPage::openUnit(qint64 unitId)
{
    if (!m_session)
        return;
    auto detail = m_registry.unit(*m_session, unitId);
    if (detail) {
        m_debounce->stop();
        const QSignalBlocker block(m_search);
        m_search->setText(detail.value().unit.code);
        m_model->setQuery(detail.value().unit.code);
    }
    const int row = m_model->rowOf(unitId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_detail->showUnit(unitId);
    m_table->setFocus();
}

void RegistryPage::openImportDialog()
{
    if (!m_session)
        return;
    auto* dialog = new ImportDialog(m_registry, *m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] { runSearch(); });
    dialog->open();
}

} // namespace fd
