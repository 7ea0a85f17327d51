import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import { Repository } from '../../core/db/repository';
import '../../components/theme.css';

render(<SidePanelApp repo={new Repository()} />, document.getElementById('app')!);
