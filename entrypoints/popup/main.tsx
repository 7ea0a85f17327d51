import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { Repository } from '../../core/db/repository';
import '../../components/theme.css';

render(<PopupApp repo={new Repository()} />, document.getElementById('app')!);
